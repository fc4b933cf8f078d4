# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account_detail_dialog.ui'
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
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTextBrowser, QVBoxLayout,
    QWidget)

from clerkdesk.gui.widgets.table_view import RecordTableView

class Ui_AccountDetailDialog(object):
    def setupUi(self, AccountDetailDialog):
        if not AccountDetailDialog.objectName():
            AccountDetailDialog.setObjectName(u"AccountDetailDialog")
        AccountDetailDialog.resize(1200, 700)
        self.dialog_layout = QVBoxLayout(AccountDetailDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.title_label = QLabel(AccountDetailDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.title_label)

        self.splitter = QSplitter(AccountDetailDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.details_browser = QTextBrowser(self.splitter)
        self.details_browser.setObjectName(u"details_browser")
        self.details_browser.setOpenLinks(False)
        self.details_browser.setMinimumSize(QSize(240, 0))
        self.splitter.addWidget(self.details_browser)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.people_tab = QWidget()
        self.people_tab.setObjectName(u"people_tab")
        self.people_layout = QVBoxLayout(self.people_tab)
        self.people_layout.setObjectName(u"people_layout")
        self.warnings_label = QLabel(self.people_tab)
        self.warnings_label.setObjectName(u"warnings_label")
        self.warnings_label.setText(u"")
        self.warnings_label.setWordWrap(True)

        self.people_layout.addWidget(self.warnings_label)

        self.terms_hint = QLabel(self.people_tab)
        self.terms_hint.setObjectName(u"terms_hint")
        self.terms_hint.setText(u"")
        self.terms_hint.setWordWrap(True)

        self.people_layout.addWidget(self.terms_hint)

        self.terms_table = RecordTableView(self.people_tab)
        self.terms_table.setObjectName(u"terms_table")

        self.people_layout.addWidget(self.terms_table)

        self.people_buttons_layout = QHBoxLayout()
        self.people_buttons_layout.setObjectName(u"people_buttons_layout")
        self.custodian_button = QPushButton(self.people_tab)
        self.custodian_button.setObjectName(u"custodian_button")
        self.custodian_button.setAutoDefault(False)

        self.people_buttons_layout.addWidget(self.custodian_button)

        self.add_user_button = QPushButton(self.people_tab)
        self.add_user_button.setObjectName(u"add_user_button")
        self.add_user_button.setAutoDefault(False)

        self.people_buttons_layout.addWidget(self.add_user_button)

        self.end_term_button = QPushButton(self.people_tab)
        self.end_term_button.setObjectName(u"end_term_button")
        self.end_term_button.setAutoDefault(False)

        self.people_buttons_layout.addWidget(self.end_term_button)

        self.signatures_button = QPushButton(self.people_tab)
        self.signatures_button.setObjectName(u"signatures_button")
        self.signatures_button.setAutoDefault(False)

        self.people_buttons_layout.addWidget(self.signatures_button)

        self.approvals_button = QPushButton(self.people_tab)
        self.approvals_button.setObjectName(u"approvals_button")
        self.approvals_button.setAutoDefault(False)

        self.people_buttons_layout.addWidget(self.approvals_button)

        self.attach_scan_button = QPushButton(self.people_tab)
        self.attach_scan_button.setObjectName(u"attach_scan_button")
        self.attach_scan_button.setAutoDefault(False)

        self.people_buttons_layout.addWidget(self.attach_scan_button)

        self.open_scan_button = QPushButton(self.people_tab)
        self.open_scan_button.setObjectName(u"open_scan_button")
        self.open_scan_button.setAutoDefault(False)

        self.people_buttons_layout.addWidget(self.open_scan_button)

        self.print_button = QPushButton(self.people_tab)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.people_buttons_layout.addWidget(self.print_button)

        self.people_buttons_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.people_buttons_layout.addItem(self.people_buttons_spacer)


        self.people_layout.addLayout(self.people_buttons_layout)

        self.tabs.addTab(self.people_tab, "")
        self.credential_tab = QWidget()
        self.credential_tab.setObjectName(u"credential_tab")
        self.credential_layout = QVBoxLayout(self.credential_tab)
        self.credential_layout.setObjectName(u"credential_layout")
        self.vault_label = QLabel(self.credential_tab)
        self.vault_label.setObjectName(u"vault_label")
        self.vault_label.setText(u"")
        self.vault_label.setWordWrap(True)

        self.credential_layout.addWidget(self.vault_label)

        self.credential_form = QFormLayout()
        self.credential_form.setObjectName(u"credential_form")
        self.credential_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_caption = QLabel(self.credential_tab)
        self.username_caption.setObjectName(u"username_caption")

        self.credential_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_caption)

        self.username_value = QLabel(self.credential_tab)
        self.username_value.setObjectName(u"username_value")
        self.username_value.setText(u"")
        self.username_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.credential_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_value)

        self.mfa_caption = QLabel(self.credential_tab)
        self.mfa_caption.setObjectName(u"mfa_caption")

        self.credential_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mfa_caption)

        self.mfa_value = QLabel(self.credential_tab)
        self.mfa_value.setObjectName(u"mfa_value")
        self.mfa_value.setText(u"")

        self.credential_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mfa_value)

        self.password_caption = QLabel(self.credential_tab)
        self.password_caption.setObjectName(u"password_caption")

        self.credential_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_caption)

        self.password_value = QLabel(self.credential_tab)
        self.password_value.setObjectName(u"password_value")
        self.password_value.setText(u"")

        self.credential_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_value)

        self.recovery_caption = QLabel(self.credential_tab)
        self.recovery_caption.setObjectName(u"recovery_caption")

        self.credential_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.recovery_caption)

        self.recovery_value = QLabel(self.credential_tab)
        self.recovery_value.setObjectName(u"recovery_value")
        self.recovery_value.setText(u"")

        self.credential_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recovery_value)


        self.credential_layout.addLayout(self.credential_form)

        self.revealed_layout = QHBoxLayout()
        self.revealed_layout.setObjectName(u"revealed_layout")
        self.revealed_edit = QLineEdit(self.credential_tab)
        self.revealed_edit.setObjectName(u"revealed_edit")
        self.revealed_edit.setReadOnly(True)
        self.revealed_edit.setMinimumSize(QSize(320, 0))

        self.revealed_layout.addWidget(self.revealed_edit)

        self.revealed_label = QLabel(self.credential_tab)
        self.revealed_label.setObjectName(u"revealed_label")
        self.revealed_label.setText(u"")

        self.revealed_layout.addWidget(self.revealed_label)

        self.revealed_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.revealed_layout.addItem(self.revealed_spacer)


        self.credential_layout.addLayout(self.revealed_layout)

        self.credential_buttons_layout = QHBoxLayout()
        self.credential_buttons_layout.setObjectName(u"credential_buttons_layout")
        self.set_password_button = QPushButton(self.credential_tab)
        self.set_password_button.setObjectName(u"set_password_button")
        self.set_password_button.setAutoDefault(False)

        self.credential_buttons_layout.addWidget(self.set_password_button)

        self.reveal_button = QPushButton(self.credential_tab)
        self.reveal_button.setObjectName(u"reveal_button")
        self.reveal_button.setAutoDefault(False)

        self.credential_buttons_layout.addWidget(self.reveal_button)

        self.copy_button = QPushButton(self.credential_tab)
        self.copy_button.setObjectName(u"copy_button")
        self.copy_button.setAutoDefault(False)

        self.credential_buttons_layout.addWidget(self.copy_button)

        self.remove_button = QPushButton(self.credential_tab)
        self.remove_button.setObjectName(u"remove_button")
        self.remove_button.setAutoDefault(False)

        self.credential_buttons_layout.addWidget(self.remove_button)

        self.record_change_button = QPushButton(self.credential_tab)
        self.record_change_button.setObjectName(u"record_change_button")
        self.record_change_button.setAutoDefault(False)

        self.credential_buttons_layout.addWidget(self.record_change_button)

        self.credential_buttons_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.credential_buttons_layout.addItem(self.credential_buttons_spacer)


        self.credential_layout.addLayout(self.credential_buttons_layout)

        self.changes_label = QLabel(self.credential_tab)
        self.changes_label.setObjectName(u"changes_label")

        self.credential_layout.addWidget(self.changes_label)

        self.changes_table = RecordTableView(self.credential_tab)
        self.changes_table.setObjectName(u"changes_table")

        self.credential_layout.addWidget(self.changes_table)

        self.tabs.addTab(self.credential_tab, "")
        self.splitter.addWidget(self.tabs)

        self.dialog_layout.addWidget(self.splitter)

        self.button_box = QDialogButtonBox(AccountDetailDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

        self.dialog_layout.setStretch(1, 1)
        QWidget.setTabOrder(self.tabs, self.terms_table)
        QWidget.setTabOrder(self.terms_table, self.custodian_button)
        QWidget.setTabOrder(self.custodian_button, self.add_user_button)
        QWidget.setTabOrder(self.add_user_button, self.end_term_button)
        QWidget.setTabOrder(self.end_term_button, self.signatures_button)
        QWidget.setTabOrder(self.signatures_button, self.approvals_button)
        QWidget.setTabOrder(self.approvals_button, self.attach_scan_button)
        QWidget.setTabOrder(self.attach_scan_button, self.open_scan_button)
        QWidget.setTabOrder(self.open_scan_button, self.print_button)
        QWidget.setTabOrder(self.print_button, self.set_password_button)
        QWidget.setTabOrder(self.set_password_button, self.reveal_button)
        QWidget.setTabOrder(self.reveal_button, self.copy_button)
        QWidget.setTabOrder(self.copy_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.record_change_button)
        QWidget.setTabOrder(self.record_change_button, self.revealed_edit)
        QWidget.setTabOrder(self.revealed_edit, self.changes_table)
        QWidget.setTabOrder(self.changes_table, self.details_browser)

        self.retranslateUi(AccountDetailDialog)
        self.button_box.rejected.connect(AccountDetailDialog.reject)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AccountDetailDialog)
    # setupUi

    def retranslateUi(self, AccountDetailDialog):
        AccountDetailDialog.setWindowTitle(QCoreApplication.translate("AccountDetailDialog", u"Account", None))
        self.custodian_button.setText(QCoreApplication.translate("AccountDetailDialog", u"Designate &custodian\u2026", None))
        self.add_user_button.setText(QCoreApplication.translate("AccountDetailDialog", u"&Add authorized user\u2026", None))
        self.end_term_button.setText(QCoreApplication.translate("AccountDetailDialog", u"&End term\u2026", None))
        self.signatures_button.setText(QCoreApplication.translate("AccountDetailDialog", u"&Signatures\u2026", None))
        self.approvals_button.setText(QCoreApplication.translate("AccountDetailDialog", u"Approva&ls\u2026", None))
#if QT_CONFIG(tooltip)
        self.approvals_button.setToolTip(QCoreApplication.translate("AccountDetailDialog", u"Who approved the selected person's term, and when", None))
#endif // QT_CONFIG(tooltip)
        self.attach_scan_button.setText(QCoreApplication.translate("AccountDetailDialog", u"Attach sca&n\u2026", None))
        self.open_scan_button.setText(QCoreApplication.translate("AccountDetailDialog", u"&Open scan", None))
        self.print_button.setText(QCoreApplication.translate("AccountDetailDialog", u"Pr&int agreement\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.people_tab), QCoreApplication.translate("AccountDetailDialog", u"&People", None))
        self.username_caption.setText(QCoreApplication.translate("AccountDetailDialog", u"Username:", None))
        self.mfa_caption.setText(QCoreApplication.translate("AccountDetailDialog", u"Multi-factor:", None))
        self.password_caption.setText(QCoreApplication.translate("AccountDetailDialog", u"Password:", None))
        self.recovery_caption.setText(QCoreApplication.translate("AccountDetailDialog", u"Recovery codes:", None))
        self.set_password_button.setText(QCoreApplication.translate("AccountDetailDialog", u"Set pass&word\u2026", None))
        self.reveal_button.setText(QCoreApplication.translate("AccountDetailDialog", u"Re&veal", None))
        self.copy_button.setText(QCoreApplication.translate("AccountDetailDialog", u"Cop&y", None))
        self.remove_button.setText(QCoreApplication.translate("AccountDetailDialog", u"Re&move\u2026", None))
        self.record_change_button.setText(QCoreApplication.translate("AccountDetailDialog", u"Record a c&hange\u2026", None))
        self.changes_label.setText(QCoreApplication.translate("AccountDetailDialog", u"Password changes, newest first:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.credential_tab), QCoreApplication.translate("AccountDetailDialog", u"C&redential", None))
    # retranslateUi

