# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from clerkdesk.gui.widgets.date_field import DateField

class Ui_AccountDialog(object):
    def setupUi(self, AccountDialog):
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        AccountDialog.resize(560, 100)
        self.dialog_layout = QVBoxLayout(AccountDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.url_label = QLabel(AccountDialog)
        self.url_label.setObjectName(u"url_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.url_label)

        self.url_edit = QLineEdit(AccountDialog)
        self.url_edit.setObjectName(u"url_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.url_edit)

        self.url_error = QLabel(AccountDialog)
        self.url_error.setObjectName(u"url_error")
        self.url_error.setText(u"")
        self.url_error.setWordWrap(True)
        self.url_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.url_error)

        self.platform_label = QLabel(AccountDialog)
        self.platform_label.setObjectName(u"platform_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.platform_label)

        self.platform_combo = QComboBox(AccountDialog)
        self.platform_combo.setObjectName(u"platform_combo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.platform_combo)

        self.platform_error = QLabel(AccountDialog)
        self.platform_error.setObjectName(u"platform_error")
        self.platform_error.setText(u"")
        self.platform_error.setWordWrap(True)
        self.platform_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.platform_error)

        self.handle_label = QLabel(AccountDialog)
        self.handle_label.setObjectName(u"handle_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.handle_label)

        self.handle_edit = QLineEdit(AccountDialog)
        self.handle_edit.setObjectName(u"handle_edit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.handle_edit)

        self.handle_error = QLabel(AccountDialog)
        self.handle_error.setObjectName(u"handle_error")
        self.handle_error.setText(u"")
        self.handle_error.setWordWrap(True)
        self.handle_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.handle_error)

        self.department_label = QLabel(AccountDialog)
        self.department_label.setObjectName(u"department_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department_combo = QComboBox(AccountDialog)
        self.department_combo.setObjectName(u"department_combo")
        self.department_combo.setEditable(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.department_combo)

        self.department_error = QLabel(AccountDialog)
        self.department_error.setObjectName(u"department_error")
        self.department_error.setText(u"")
        self.department_error.setWordWrap(True)
        self.department_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.department_error)

        self.purpose_label = QLabel(AccountDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_edit = QPlainTextEdit(AccountDialog)
        self.purpose_edit.setObjectName(u"purpose_edit")
        self.purpose_edit.setTabChangesFocus(True)
        self.purpose_edit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.purpose_edit)

        self.purpose_error = QLabel(AccountDialog)
        self.purpose_error.setObjectName(u"purpose_error")
        self.purpose_error.setText(u"")
        self.purpose_error.setWordWrap(True)
        self.purpose_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.purpose_error)

        self.city_email_label = QLabel(AccountDialog)
        self.city_email_label.setObjectName(u"city_email_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.city_email_label)

        self.city_email_edit = QLineEdit(AccountDialog)
        self.city_email_edit.setObjectName(u"city_email_edit")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.city_email_edit)

        self.city_email_error = QLabel(AccountDialog)
        self.city_email_error.setObjectName(u"city_email_error")
        self.city_email_error.setText(u"")
        self.city_email_error.setWordWrap(True)
        self.city_email_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.city_email_error)

        self.status_label = QLabel(AccountDialog)
        self.status_label.setObjectName(u"status_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(AccountDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.status_error = QLabel(AccountDialog)
        self.status_error.setObjectName(u"status_error")
        self.status_error.setText(u"")
        self.status_error.setWordWrap(True)
        self.status_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.status_error)

        self.archived_in_label = QLabel(AccountDialog)
        self.archived_in_label.setObjectName(u"archived_in_label")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.archived_in_label)

        self.archived_in_edit = QLineEdit(AccountDialog)
        self.archived_in_edit.setObjectName(u"archived_in_edit")

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.archived_in_edit)

        self.archived_in_error = QLabel(AccountDialog)
        self.archived_in_error.setObjectName(u"archived_in_error")
        self.archived_in_error.setText(u"")
        self.archived_in_error.setWordWrap(True)
        self.archived_in_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.archived_in_error)


        self.dialog_layout.addLayout(self.form)

        self.archive_box = QGroupBox(AccountDialog)
        self.archive_box.setObjectName(u"archive_box")
        self.archive_layout = QVBoxLayout(self.archive_box)
        self.archive_layout.setObjectName(u"archive_layout")
        self.archive_form = QFormLayout()
        self.archive_form.setObjectName(u"archive_form")
        self.archive_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.archive_comments_label = QLabel(self.archive_box)
        self.archive_comments_label.setObjectName(u"archive_comments_label")

        self.archive_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.archive_comments_label)

        self.archive_comments_combo = QComboBox(self.archive_box)
        self.archive_comments_combo.setObjectName(u"archive_comments_combo")

        self.archive_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.archive_comments_combo)

        self.archive_messages_label = QLabel(self.archive_box)
        self.archive_messages_label.setObjectName(u"archive_messages_label")

        self.archive_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.archive_messages_label)

        self.archive_messages_combo = QComboBox(self.archive_box)
        self.archive_messages_combo.setObjectName(u"archive_messages_combo")

        self.archive_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.archive_messages_combo)

        self.archive_subscribers_label = QLabel(self.archive_box)
        self.archive_subscribers_label.setObjectName(u"archive_subscribers_label")

        self.archive_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.archive_subscribers_label)

        self.archive_subscribers_combo = QComboBox(self.archive_box)
        self.archive_subscribers_combo.setObjectName(u"archive_subscribers_combo")

        self.archive_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.archive_subscribers_combo)

        self.archive_captured_check = QCheckBox(self.archive_box)
        self.archive_captured_check.setObjectName(u"archive_captured_check")

        self.archive_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.archive_captured_check)

        self.archive_captured_date = DateField(self.archive_box)
        self.archive_captured_date.setObjectName(u"archive_captured_date")

        self.archive_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.archive_captured_date)

        self.archive_captured_on_error = QLabel(self.archive_box)
        self.archive_captured_on_error.setObjectName(u"archive_captured_on_error")
        self.archive_captured_on_error.setText(u"")
        self.archive_captured_on_error.setWordWrap(True)
        self.archive_captured_on_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.archive_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.archive_captured_on_error)


        self.archive_layout.addLayout(self.archive_form)


        self.dialog_layout.addWidget(self.archive_box)

        self.tool_box = QGroupBox(AccountDialog)
        self.tool_box.setObjectName(u"tool_box")
        self.tool_layout = QVBoxLayout(self.tool_box)
        self.tool_layout.setObjectName(u"tool_layout")
        self.tool_form = QFormLayout()
        self.tool_form.setObjectName(u"tool_form")
        self.tool_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.tool_approved_by_label = QLabel(self.tool_box)
        self.tool_approved_by_label.setObjectName(u"tool_approved_by_label")

        self.tool_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.tool_approved_by_label)

        self.tool_approved_by_edit = QLineEdit(self.tool_box)
        self.tool_approved_by_edit.setObjectName(u"tool_approved_by_edit")

        self.tool_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.tool_approved_by_edit)

        self.tool_approved_by_error = QLabel(self.tool_box)
        self.tool_approved_by_error.setObjectName(u"tool_approved_by_error")
        self.tool_approved_by_error.setText(u"")
        self.tool_approved_by_error.setWordWrap(True)
        self.tool_approved_by_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tool_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tool_approved_by_error)

        self.tool_approved_check = QCheckBox(self.tool_box)
        self.tool_approved_check.setObjectName(u"tool_approved_check")

        self.tool_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.tool_approved_check)

        self.tool_approved_date = DateField(self.tool_box)
        self.tool_approved_date.setObjectName(u"tool_approved_date")

        self.tool_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.tool_approved_date)

        self.tool_approved_on_error = QLabel(self.tool_box)
        self.tool_approved_on_error.setObjectName(u"tool_approved_on_error")
        self.tool_approved_on_error.setText(u"")
        self.tool_approved_on_error.setWordWrap(True)
        self.tool_approved_on_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tool_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tool_approved_on_error)


        self.tool_layout.addLayout(self.tool_form)


        self.dialog_layout.addWidget(self.tool_box)

        self.form_error = QLabel(AccountDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(AccountDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.url_label.setBuddy(self.url_edit)
        self.platform_label.setBuddy(self.platform_combo)
        self.handle_label.setBuddy(self.handle_edit)
        self.department_label.setBuddy(self.department_combo)
        self.purpose_label.setBuddy(self.purpose_edit)
        self.city_email_label.setBuddy(self.city_email_edit)
        self.status_label.setBuddy(self.status_combo)
        self.archived_in_label.setBuddy(self.archived_in_edit)
        self.archive_comments_label.setBuddy(self.archive_comments_combo)
        self.archive_messages_label.setBuddy(self.archive_messages_combo)
        self.archive_subscribers_label.setBuddy(self.archive_subscribers_combo)
        self.tool_approved_by_label.setBuddy(self.tool_approved_by_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.url_edit, self.platform_combo)
        QWidget.setTabOrder(self.platform_combo, self.handle_edit)
        QWidget.setTabOrder(self.handle_edit, self.department_combo)
        QWidget.setTabOrder(self.department_combo, self.purpose_edit)
        QWidget.setTabOrder(self.purpose_edit, self.city_email_edit)
        QWidget.setTabOrder(self.city_email_edit, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.archived_in_edit)
        QWidget.setTabOrder(self.archived_in_edit, self.archive_comments_combo)
        QWidget.setTabOrder(self.archive_comments_combo, self.archive_messages_combo)
        QWidget.setTabOrder(self.archive_messages_combo, self.archive_subscribers_combo)
        QWidget.setTabOrder(self.archive_subscribers_combo, self.archive_captured_check)
        QWidget.setTabOrder(self.archive_captured_check, self.archive_captured_date)
        QWidget.setTabOrder(self.archive_captured_date, self.tool_approved_by_edit)
        QWidget.setTabOrder(self.tool_approved_by_edit, self.tool_approved_check)
        QWidget.setTabOrder(self.tool_approved_check, self.tool_approved_date)

        self.retranslateUi(AccountDialog)
        self.button_box.accepted.connect(AccountDialog.accept)
        self.button_box.rejected.connect(AccountDialog.reject)

        QMetaObject.connectSlotsByName(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog):
        AccountDialog.setWindowTitle(QCoreApplication.translate("AccountDialog", u"Account", None))
        self.url_label.setText(QCoreApplication.translate("AccountDialog", u"&URL:", None))
        self.url_edit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"https://facebook.com/stoughtonparks", None))
        self.platform_label.setText(QCoreApplication.translate("AccountDialog", u"&Platform:", None))
        self.handle_label.setText(QCoreApplication.translate("AccountDialog", u"&Handle:", None))
        self.handle_edit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"@stoughtonparks", None))
        self.department_label.setText(QCoreApplication.translate("AccountDialog", u"&Department:", None))
        self.purpose_label.setText(QCoreApplication.translate("AccountDialog", u"P&urpose:", None))
        self.purpose_edit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"What the account is for and whom it serves", None))
        self.city_email_label.setText(QCoreApplication.translate("AccountDialog", u"City &e-mail:", None))
        self.city_email_edit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"the city address the account is registered with", None))
        self.status_label.setText(QCoreApplication.translate("AccountDialog", u"&Status:", None))
        self.archived_in_label.setText(QCoreApplication.translate("AccountDialog", u"Records archi&ved in:", None))
        self.archived_in_edit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"where the account's records are archived, e.g. the city's archiving service", None))
        self.archive_box.setTitle(QCoreApplication.translate("AccountDialog", u"What the archive captures (R17, R20)", None))
        self.archive_comments_label.setText(QCoreApplication.translate("AccountDialog", u"Its &comments:", None))
        self.archive_messages_label.setText(QCoreApplication.translate("AccountDialog", u"Direct &messages:", None))
        self.archive_subscribers_label.setText(QCoreApplication.translate("AccountDialog", u"The subscriber &list:", None))
        self.archive_captured_check.setText(QCoreApplication.translate("AccountDialog", u"Las&t captured on:", None))
        self.tool_box.setTitle(QCoreApplication.translate("AccountDialog", u"The IT Director's approval of the tool for public-records compliance (R1)", None))
        self.tool_approved_by_label.setText(QCoreApplication.translate("AccountDialog", u"Approved &by:", None))
        self.tool_approved_by_edit.setPlaceholderText(QCoreApplication.translate("AccountDialog", u"the IT Director's name", None))
        self.tool_approved_check.setText(QCoreApplication.translate("AccountDialog", u"Approved &on:", None))
    # retranslateUi

