# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_change_dialog.ui'
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

class Ui_PasswordChangeDialog(object):
    def setupUi(self, PasswordChangeDialog):
        if not PasswordChangeDialog.objectName():
            PasswordChangeDialog.setObjectName(u"PasswordChangeDialog")
        PasswordChangeDialog.resize(560, 100)
        self.dialog_layout = QVBoxLayout(PasswordChangeDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.explanation_label = QLabel(PasswordChangeDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setText(u"\u2026")
        self.explanation_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.changed_at_label = QLabel(PasswordChangeDialog)
        self.changed_at_label.setObjectName(u"changed_at_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.changed_at_label)

        self.changed_at_edit = DateTimeField(PasswordChangeDialog)
        self.changed_at_edit.setObjectName(u"changed_at_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.changed_at_edit)

        self.changed_at_error = QLabel(PasswordChangeDialog)
        self.changed_at_error.setObjectName(u"changed_at_error")
        self.changed_at_error.setText(u"")
        self.changed_at_error.setWordWrap(True)
        self.changed_at_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.changed_at_error)

        self.note_label = QLabel(PasswordChangeDialog)
        self.note_label.setObjectName(u"note_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(PasswordChangeDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.dialog_layout.addLayout(self.form)

        self.form_error = QLabel(PasswordChangeDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(PasswordChangeDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.changed_at_label.setBuddy(self.changed_at_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.changed_at_edit, self.note_edit)

        self.retranslateUi(PasswordChangeDialog)
        self.button_box.accepted.connect(PasswordChangeDialog.accept)
        self.button_box.rejected.connect(PasswordChangeDialog.reject)

        QMetaObject.connectSlotsByName(PasswordChangeDialog)
    # setupUi

    def retranslateUi(self, PasswordChangeDialog):
        PasswordChangeDialog.setWindowTitle(QCoreApplication.translate("PasswordChangeDialog", u"Record a password change", None))
        self.changed_at_label.setText(QCoreApplication.translate("PasswordChangeDialog", u"&Changed at:", None))
        self.note_label.setText(QCoreApplication.translate("PasswordChangeDialog", u"&Note:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("PasswordChangeDialog", u"optional, e.g. changed by the vendor", None))
    # retranslateUi

