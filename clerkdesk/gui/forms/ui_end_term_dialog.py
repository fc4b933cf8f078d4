# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'end_term_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from clerkdesk.gui.widgets.date_field import DateTimeField

class Ui_EndTermDialog(object):
    def setupUi(self, EndTermDialog):
        if not EndTermDialog.objectName():
            EndTermDialog.setObjectName(u"EndTermDialog")
        EndTermDialog.resize(560, 100)
        self.dialog_layout = QVBoxLayout(EndTermDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.explanation_label = QLabel(EndTermDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setText(u"\u2026")
        self.explanation_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.ends_at_label = QLabel(EndTermDialog)
        self.ends_at_label.setObjectName(u"ends_at_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ends_at_label)

        self.ends_at_edit = DateTimeField(EndTermDialog)
        self.ends_at_edit.setObjectName(u"ends_at_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ends_at_edit)

        self.ends_at_error = QLabel(EndTermDialog)
        self.ends_at_error.setObjectName(u"ends_at_error")
        self.ends_at_error.setText(u"")
        self.ends_at_error.setWordWrap(True)
        self.ends_at_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ends_at_error)

        self.reason_label = QLabel(EndTermDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(EndTermDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.end_reason_error = QLabel(EndTermDialog)
        self.end_reason_error.setObjectName(u"end_reason_error")
        self.end_reason_error.setText(u"")
        self.end_reason_error.setWordWrap(True)
        self.end_reason_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.end_reason_error)


        self.dialog_layout.addLayout(self.form)

        self.form_error = QLabel(EndTermDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(EndTermDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.ends_at_label.setBuddy(self.ends_at_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.ends_at_edit, self.reason_edit)

        self.retranslateUi(EndTermDialog)
        self.button_box.accepted.connect(EndTermDialog.accept)
        self.button_box.rejected.connect(EndTermDialog.reject)

        QMetaObject.connectSlotsByName(EndTermDialog)
    # setupUi

    def retranslateUi(self, EndTermDialog):
        EndTermDialog.setWindowTitle(QCoreApplication.translate("EndTermDialog", u"End term", None))
        self.ends_at_label.setText(QCoreApplication.translate("EndTermDialog", u"&Ends at:", None))
        self.reason_label.setText(QCoreApplication.translate("EndTermDialog", u"&Reason:", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("EndTermDialog", u"e.g. moved to another department; no longer posts", None))
    # retranslateUi

