# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'discontinue_dialog.ui'
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

from clerkdesk.gui.widgets.date_field import DateField

class Ui_DiscontinueDialog(object):
    def setupUi(self, DiscontinueDialog):
        if not DiscontinueDialog.objectName():
            DiscontinueDialog.setObjectName(u"DiscontinueDialog")
        DiscontinueDialog.resize(560, 100)
        self.dialog_layout = QVBoxLayout(DiscontinueDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.explanation_label = QLabel(DiscontinueDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setText(u"\u2026")
        self.explanation_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.discontinued_on_label = QLabel(DiscontinueDialog)
        self.discontinued_on_label.setObjectName(u"discontinued_on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.discontinued_on_label)

        self.discontinued_on_date = DateField(DiscontinueDialog)
        self.discontinued_on_date.setObjectName(u"discontinued_on_date")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.discontinued_on_date)

        self.discontinued_on_error = QLabel(DiscontinueDialog)
        self.discontinued_on_error.setObjectName(u"discontinued_on_error")
        self.discontinued_on_error.setText(u"")
        self.discontinued_on_error.setWordWrap(True)
        self.discontinued_on_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.discontinued_on_error)

        self.reason_label = QLabel(DiscontinueDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(DiscontinueDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.discontinued_reason_error = QLabel(DiscontinueDialog)
        self.discontinued_reason_error.setObjectName(u"discontinued_reason_error")
        self.discontinued_reason_error.setText(u"")
        self.discontinued_reason_error.setWordWrap(True)
        self.discontinued_reason_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.discontinued_reason_error)


        self.dialog_layout.addLayout(self.form)

        self.form_error = QLabel(DiscontinueDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(DiscontinueDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.discontinued_on_label.setBuddy(self.discontinued_on_date)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.discontinued_on_date, self.reason_edit)

        self.retranslateUi(DiscontinueDialog)
        self.button_box.accepted.connect(DiscontinueDialog.accept)
        self.button_box.rejected.connect(DiscontinueDialog.reject)

        QMetaObject.connectSlotsByName(DiscontinueDialog)
    # setupUi

    def retranslateUi(self, DiscontinueDialog):
        DiscontinueDialog.setWindowTitle(QCoreApplication.translate("DiscontinueDialog", u"Discontinue account", None))
        self.discontinued_on_label.setText(QCoreApplication.translate("DiscontinueDialog", u"Discontinued &on:", None))
        self.reason_label.setText(QCoreApplication.translate("DiscontinueDialog", u"&Reason:", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("DiscontinueDialog", u"e.g. replaced by the city's main page; not approved in time", None))
    # retranslateUi

