# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'separate_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from clerkdesk.gui.widgets.date_field import DateTimeField

class Ui_SeparateDialog(object):
    def setupUi(self, SeparateDialog):
        if not SeparateDialog.objectName():
            SeparateDialog.setObjectName(u"SeparateDialog")
        SeparateDialog.resize(600, 100)
        self.dialog_layout = QVBoxLayout(SeparateDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.explanation_label = QLabel(SeparateDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setText(u"\u2026")
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextFormat(Qt.TextFormat.RichText)

        self.dialog_layout.addWidget(self.explanation_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.at_label = QLabel(SeparateDialog)
        self.at_label.setObjectName(u"at_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.at_label)

        self.at_edit = DateTimeField(SeparateDialog)
        self.at_edit.setObjectName(u"at_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.at_edit)

        self.at_error = QLabel(SeparateDialog)
        self.at_error.setObjectName(u"at_error")
        self.at_error.setText(u"")
        self.at_error.setWordWrap(True)
        self.at_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.at_error)


        self.dialog_layout.addLayout(self.form)

        self.form_error = QLabel(SeparateDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(SeparateDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.at_label.setBuddy(self.at_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SeparateDialog)
        self.button_box.accepted.connect(SeparateDialog.accept)
        self.button_box.rejected.connect(SeparateDialog.reject)

        QMetaObject.connectSlotsByName(SeparateDialog)
    # setupUi

    def retranslateUi(self, SeparateDialog):
        SeparateDialog.setWindowTitle(QCoreApplication.translate("SeparateDialog", u"Separate from the city", None))
        self.at_label.setText(QCoreApplication.translate("SeparateDialog", u"&Left the city at:", None))
    # retranslateUi

