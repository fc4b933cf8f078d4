# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from clerkdesk.gui.widgets.date_field import DateTimeField

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(720, 100)
        self.dialog_layout = QVBoxLayout(PasswordDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.account_label = QLabel(PasswordDialog)
        self.account_label.setObjectName(u"account_label")
        self.account_label.setText(u"\u2026")
        self.account_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.account_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_label = QLabel(PasswordDialog)
        self.username_label.setObjectName(u"username_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(PasswordDialog)
        self.username_edit.setObjectName(u"username_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.username_error = QLabel(PasswordDialog)
        self.username_error.setObjectName(u"username_error")
        self.username_error.setText(u"")
        self.username_error.setWordWrap(True)
        self.username_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.username_error)

        self.password_label = QLabel(PasswordDialog)
        self.password_label.setObjectName(u"password_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_layout = QHBoxLayout()
        self.password_layout.setObjectName(u"password_layout")
        self.password_edit = QLineEdit(PasswordDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.password_layout.addWidget(self.password_edit)

        self.show_button = QPushButton(PasswordDialog)
        self.show_button.setObjectName(u"show_button")
        self.show_button.setCheckable(True)
        self.show_button.setAutoDefault(False)

        self.password_layout.addWidget(self.show_button)

        self.generate_button = QPushButton(PasswordDialog)
        self.generate_button.setObjectName(u"generate_button")
        self.generate_button.setAutoDefault(False)

        self.password_layout.addWidget(self.generate_button)

        self.copy_button = QPushButton(PasswordDialog)
        self.copy_button.setObjectName(u"copy_button")
        self.copy_button.setAutoDefault(False)

        self.password_layout.addWidget(self.copy_button)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.password_layout)

        self.password_error = QLabel(PasswordDialog)
        self.password_error.setObjectName(u"password_error")
        self.password_error.setText(u"")
        self.password_error.setWordWrap(True)
        self.password_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password_error)

        self.strength_layout = QHBoxLayout()
        self.strength_layout.setSpacing(16)
        self.strength_layout.setObjectName(u"strength_layout")
        self.rule_label = QLabel(PasswordDialog)
        self.rule_label.setObjectName(u"rule_label")
        self.rule_label.setText(u"")
        self.rule_label.setWordWrap(True)
        self.rule_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.strength_layout.addWidget(self.rule_label)

        self.advice_label = QLabel(PasswordDialog)
        self.advice_label.setObjectName(u"advice_label")
        self.advice_label.setText(u"")
        self.advice_label.setWordWrap(True)
        self.advice_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.strength_layout.addWidget(self.advice_label)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.strength_layout)

        self.accept_weak_check = QCheckBox(PasswordDialog)
        self.accept_weak_check.setObjectName(u"accept_weak_check")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.accept_weak_check)

        self.changed_at_label = QLabel(PasswordDialog)
        self.changed_at_label.setObjectName(u"changed_at_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.changed_at_label)

        self.changed_at_edit = DateTimeField(PasswordDialog)
        self.changed_at_edit.setObjectName(u"changed_at_edit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.changed_at_edit)

        self.changed_at_error = QLabel(PasswordDialog)
        self.changed_at_error.setObjectName(u"changed_at_error")
        self.changed_at_error.setText(u"")
        self.changed_at_error.setWordWrap(True)
        self.changed_at_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.changed_at_error)

        self.mfa_label = QLabel(PasswordDialog)
        self.mfa_label.setObjectName(u"mfa_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.mfa_label)

        self.mfa_layout = QHBoxLayout()
        self.mfa_layout.setObjectName(u"mfa_layout")
        self.mfa_check = QCheckBox(PasswordDialog)
        self.mfa_check.setObjectName(u"mfa_check")

        self.mfa_layout.addWidget(self.mfa_check)

        self.mfa_method_edit = QLineEdit(PasswordDialog)
        self.mfa_method_edit.setObjectName(u"mfa_method_edit")

        self.mfa_layout.addWidget(self.mfa_method_edit)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.mfa_layout)

        self.mfa_method_error = QLabel(PasswordDialog)
        self.mfa_method_error.setObjectName(u"mfa_method_error")
        self.mfa_method_error.setText(u"")
        self.mfa_method_error.setWordWrap(True)
        self.mfa_method_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.mfa_method_error)

        self.recovery_check = QCheckBox(PasswordDialog)
        self.recovery_check.setObjectName(u"recovery_check")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.recovery_check)

        self.recovery_edit = QPlainTextEdit(PasswordDialog)
        self.recovery_edit.setObjectName(u"recovery_edit")
        self.recovery_edit.setTabChangesFocus(True)
        self.recovery_edit.setMaximumSize(QSize(16777215, 80))

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.recovery_edit)

        self.recovery_codes_error = QLabel(PasswordDialog)
        self.recovery_codes_error.setObjectName(u"recovery_codes_error")
        self.recovery_codes_error.setText(u"")
        self.recovery_codes_error.setWordWrap(True)
        self.recovery_codes_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.recovery_codes_error)

        self.note_label = QLabel(PasswordDialog)
        self.note_label.setObjectName(u"note_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(PasswordDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.dialog_layout.addLayout(self.form)

        self.form_error = QLabel(PasswordDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(PasswordDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.password_label.setBuddy(self.password_edit)
        self.changed_at_label.setBuddy(self.changed_at_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.show_button)
        QWidget.setTabOrder(self.show_button, self.generate_button)
        QWidget.setTabOrder(self.generate_button, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.accept_weak_check)
        QWidget.setTabOrder(self.accept_weak_check, self.changed_at_edit)
        QWidget.setTabOrder(self.changed_at_edit, self.mfa_check)
        QWidget.setTabOrder(self.mfa_check, self.mfa_method_edit)
        QWidget.setTabOrder(self.mfa_method_edit, self.recovery_check)
        QWidget.setTabOrder(self.recovery_check, self.recovery_edit)
        QWidget.setTabOrder(self.recovery_edit, self.note_edit)

        self.retranslateUi(PasswordDialog)
        self.button_box.accepted.connect(PasswordDialog.accept)
        self.button_box.rejected.connect(PasswordDialog.reject)

        QMetaObject.connectSlotsByName(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"Set the password", None))
        self.username_label.setText(QCoreApplication.translate("PasswordDialog", u"&Username:", None))
        self.username_edit.setPlaceholderText(QCoreApplication.translate("PasswordDialog", u"the login name or city e-mail address", None))
        self.password_label.setText(QCoreApplication.translate("PasswordDialog", u"&Password:", None))
        self.show_button.setText(QCoreApplication.translate("PasswordDialog", u"Sho&w", None))
#if QT_CONFIG(tooltip)
        self.show_button.setToolTip(QCoreApplication.translate("PasswordDialog", u"Show or hide what is typed", None))
#endif // QT_CONFIG(tooltip)
        self.generate_button.setText(QCoreApplication.translate("PasswordDialog", u"&Generate", None))
#if QT_CONFIG(tooltip)
        self.generate_button.setToolTip(QCoreApplication.translate("PasswordDialog", u"Make a random password that meets the city's rule", None))
#endif // QT_CONFIG(tooltip)
        self.copy_button.setText(QCoreApplication.translate("PasswordDialog", u"Cop&y", None))
#if QT_CONFIG(tooltip)
        self.copy_button.setToolTip(QCoreApplication.translate("PasswordDialog", u"Copy it to paste into the platform; the clipboard is cleared after 30 seconds", None))
#endif // QT_CONFIG(tooltip)
        self.accept_weak_check.setText(QCoreApplication.translate("PasswordDialog", u"Acc&ept it although it does not meet the city's rule (the platform allows no better)", None))
        self.changed_at_label.setText(QCoreApplication.translate("PasswordDialog", u"&Changed on the platform at:", None))
        self.mfa_label.setText(QCoreApplication.translate("PasswordDialog", u"Sign-in:", None))
        self.mfa_check.setText(QCoreApplication.translate("PasswordDialog", u"&Multi-factor authentication is on", None))
        self.mfa_method_edit.setPlaceholderText(QCoreApplication.translate("PasswordDialog", u"method, e.g. authenticator app", None))
        self.recovery_check.setText(QCoreApplication.translate("PasswordDialog", u"Change the &recovery codes:", None))
        self.recovery_edit.setPlaceholderText(QCoreApplication.translate("PasswordDialog", u"one per line; leave empty to remove the codes on file", None))
        self.note_label.setText(QCoreApplication.translate("PasswordDialog", u"&Note:", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("PasswordDialog", u"optional, e.g. changed after a separation", None))
    # retranslateUi

