# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

from clerkdesk.gui.widgets.date_field import DateField
from clerkdesk.gui.widgets.table_view import RecordTableView

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(1060, 700)
        self.page_layout = QVBoxLayout(SettingsPage)
        self.page_layout.setObjectName(u"page_layout")
        self.tabs = QTabWidget(SettingsPage)
        self.tabs.setObjectName(u"tabs")
        self.parameters_tab = QWidget()
        self.parameters_tab.setObjectName(u"parameters_tab")
        self.parameters_tab_layout = QVBoxLayout(self.parameters_tab)
        self.parameters_tab_layout.setObjectName(u"parameters_tab_layout")
        self.parameters_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.parameters_scroll = QScrollArea(self.parameters_tab)
        self.parameters_scroll.setObjectName(u"parameters_scroll")
        self.parameters_scroll.setFrameShape(QFrame.NoFrame)
        self.parameters_scroll.setWidgetResizable(True)
        self.parameters_contents = QWidget()
        self.parameters_contents.setObjectName(u"parameters_contents")
        self.columns_layout = QHBoxLayout(self.parameters_contents)
        self.columns_layout.setSpacing(16)
        self.columns_layout.setObjectName(u"columns_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.city_box = QGroupBox(self.parameters_contents)
        self.city_box.setObjectName(u"city_box")
        self.city_form = QFormLayout(self.city_box)
        self.city_form.setObjectName(u"city_form")
        self.city_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.city_label = QLabel(self.city_box)
        self.city_label.setObjectName(u"city_label")

        self.city_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_edit = QLineEdit(self.city_box)
        self.city_edit.setObjectName(u"city_edit")

        self.city_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.city_edit)

        self.city_error = QLabel(self.city_box)
        self.city_error.setObjectName(u"city_error")
        self.city_error.setText(u"")
        self.city_error.setWordWrap(True)
        self.city_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.city_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.city_error)

        self.adopted_label = QLabel(self.city_box)
        self.adopted_label.setObjectName(u"adopted_label")

        self.city_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adopted_label)

        self.adopted_date = DateField(self.city_box)
        self.adopted_date.setObjectName(u"adopted_date")

        self.city_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adopted_date)

        self.adopted_error = QLabel(self.city_box)
        self.adopted_error.setObjectName(u"adopted_error")
        self.adopted_error.setText(u"")
        self.adopted_error.setWordWrap(True)
        self.adopted_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.city_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adopted_error)

        self.email_domain_label = QLabel(self.city_box)
        self.email_domain_label.setObjectName(u"email_domain_label")

        self.city_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.email_domain_label)

        self.email_domain_edit = QLineEdit(self.city_box)
        self.email_domain_edit.setObjectName(u"email_domain_edit")

        self.city_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.email_domain_edit)

        self.email_domain_error = QLabel(self.city_box)
        self.email_domain_error.setObjectName(u"email_domain_error")
        self.email_domain_error.setText(u"")
        self.email_domain_error.setWordWrap(True)
        self.email_domain_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.city_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.email_domain_error)


        self.left_layout.addWidget(self.city_box)

        self.profile_box = QGroupBox(self.parameters_contents)
        self.profile_box.setObjectName(u"profile_box")
        self.profile_layout = QVBoxLayout(self.profile_box)
        self.profile_layout.setObjectName(u"profile_layout")
        self.profile_label = QLabel(self.profile_box)
        self.profile_label.setObjectName(u"profile_label")
        self.profile_label.setText(u"")
        self.profile_label.setWordWrap(True)

        self.profile_layout.addWidget(self.profile_label)

        self.profile_notes_label = QLabel(self.profile_box)
        self.profile_notes_label.setObjectName(u"profile_notes_label")
        self.profile_notes_label.setText(u"")
        self.profile_notes_label.setWordWrap(True)

        self.profile_layout.addWidget(self.profile_notes_label)

        self.apply_layout = QHBoxLayout()
        self.apply_layout.setObjectName(u"apply_layout")
        self.apply_profile_button = QPushButton(self.profile_box)
        self.apply_profile_button.setObjectName(u"apply_profile_button")

        self.apply_layout.addWidget(self.apply_profile_button)

        self.apply_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.apply_layout.addItem(self.apply_spacer)


        self.profile_layout.addLayout(self.apply_layout)


        self.left_layout.addWidget(self.profile_box)

        self.credentials_box = QGroupBox(self.parameters_contents)
        self.credentials_box.setObjectName(u"credentials_box")
        self.credentials_layout = QVBoxLayout(self.credentials_box)
        self.credentials_layout.setObjectName(u"credentials_layout")
        self.vault_label = QLabel(self.credentials_box)
        self.vault_label.setObjectName(u"vault_label")
        self.vault_label.setWordWrap(True)

        self.credentials_layout.addWidget(self.vault_label)

        self.handover_layout = QHBoxLayout()
        self.handover_layout.setObjectName(u"handover_layout")
        self.export_handover_button = QPushButton(self.credentials_box)
        self.export_handover_button.setObjectName(u"export_handover_button")
        self.export_handover_button.setEnabled(False)

        self.handover_layout.addWidget(self.export_handover_button)

        self.import_handover_button = QPushButton(self.credentials_box)
        self.import_handover_button.setObjectName(u"import_handover_button")
        self.import_handover_button.setEnabled(False)

        self.handover_layout.addWidget(self.import_handover_button)

        self.handover_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.handover_layout.addItem(self.handover_spacer)


        self.credentials_layout.addLayout(self.handover_layout)

        self.handover_label = QLabel(self.credentials_box)
        self.handover_label.setObjectName(u"handover_label")
        self.handover_label.setWordWrap(True)

        self.credentials_layout.addWidget(self.handover_label)


        self.left_layout.addWidget(self.credentials_box)

        self.left_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.left_spacer)


        self.columns_layout.addLayout(self.left_layout)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.parameters_box = QGroupBox(self.parameters_contents)
        self.parameters_box.setObjectName(u"parameters_box")
        self.parameters_form = QFormLayout(self.parameters_box)
        self.parameters_form.setObjectName(u"parameters_form")
        self.parameters_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.grandfather_days_label = QLabel(self.parameters_box)
        self.grandfather_days_label.setObjectName(u"grandfather_days_label")

        self.parameters_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.grandfather_days_label)

        self.grandfather_days_spin = QSpinBox(self.parameters_box)
        self.grandfather_days_spin.setObjectName(u"grandfather_days_spin")
        self.grandfather_days_spin.setMinimum(1)
        self.grandfather_days_spin.setMaximum(3650)
        self.grandfather_days_spin.setMinimumSize(QSize(130, 0))
        self.grandfather_days_spin.setMaximumSize(QSize(170, 16777215))

        self.parameters_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.grandfather_days_spin)

        self.grandfather_days_error = QLabel(self.parameters_box)
        self.grandfather_days_error.setObjectName(u"grandfather_days_error")
        self.grandfather_days_error.setText(u"")
        self.grandfather_days_error.setWordWrap(True)
        self.grandfather_days_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.parameters_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.grandfather_days_error)

        self.review_interval_days_label = QLabel(self.parameters_box)
        self.review_interval_days_label.setObjectName(u"review_interval_days_label")

        self.parameters_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.review_interval_days_label)

        self.review_interval_days_spin = QSpinBox(self.parameters_box)
        self.review_interval_days_spin.setObjectName(u"review_interval_days_spin")
        self.review_interval_days_spin.setMinimum(1)
        self.review_interval_days_spin.setMaximum(3650)
        self.review_interval_days_spin.setMinimumSize(QSize(130, 0))
        self.review_interval_days_spin.setMaximumSize(QSize(170, 16777215))

        self.parameters_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.review_interval_days_spin)

        self.review_interval_days_error = QLabel(self.parameters_box)
        self.review_interval_days_error.setObjectName(u"review_interval_days_error")
        self.review_interval_days_error.setText(u"")
        self.review_interval_days_error.setWordWrap(True)
        self.review_interval_days_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.parameters_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.review_interval_days_error)

        self.warning_days_label = QLabel(self.parameters_box)
        self.warning_days_label.setObjectName(u"warning_days_label")

        self.parameters_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.warning_days_label)

        self.warning_days_spin = QSpinBox(self.parameters_box)
        self.warning_days_spin.setObjectName(u"warning_days_spin")
        self.warning_days_spin.setMinimum(0)
        self.warning_days_spin.setMaximum(365)
        self.warning_days_spin.setMinimumSize(QSize(130, 0))
        self.warning_days_spin.setMaximumSize(QSize(170, 16777215))

        self.parameters_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.warning_days_spin)

        self.warning_days_error = QLabel(self.parameters_box)
        self.warning_days_error.setObjectName(u"warning_days_error")
        self.warning_days_error.setText(u"")
        self.warning_days_error.setWordWrap(True)
        self.warning_days_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.parameters_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.warning_days_error)

        self.password_min_length_label = QLabel(self.parameters_box)
        self.password_min_length_label.setObjectName(u"password_min_length_label")

        self.parameters_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.password_min_length_label)

        self.password_min_length_spin = QSpinBox(self.parameters_box)
        self.password_min_length_spin.setObjectName(u"password_min_length_spin")
        self.password_min_length_spin.setMinimum(1)
        self.password_min_length_spin.setMaximum(256)
        self.password_min_length_spin.setMinimumSize(QSize(130, 0))
        self.password_min_length_spin.setMaximumSize(QSize(170, 16777215))

        self.parameters_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.password_min_length_spin)

        self.password_min_length_error = QLabel(self.parameters_box)
        self.password_min_length_error.setObjectName(u"password_min_length_error")
        self.password_min_length_error.setText(u"")
        self.password_min_length_error.setWordWrap(True)
        self.password_min_length_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.parameters_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.password_min_length_error)

        self.credential_record_hours_label = QLabel(self.parameters_box)
        self.credential_record_hours_label.setObjectName(u"credential_record_hours_label")

        self.parameters_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.credential_record_hours_label)

        self.credential_record_hours_spin = QSpinBox(self.parameters_box)
        self.credential_record_hours_spin.setObjectName(u"credential_record_hours_spin")
        self.credential_record_hours_spin.setMinimum(1)
        self.credential_record_hours_spin.setMaximum(8760)
        self.credential_record_hours_spin.setMinimumSize(QSize(130, 0))
        self.credential_record_hours_spin.setMaximumSize(QSize(170, 16777215))

        self.parameters_form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.credential_record_hours_spin)

        self.credential_record_hours_error = QLabel(self.parameters_box)
        self.credential_record_hours_error.setObjectName(u"credential_record_hours_error")
        self.credential_record_hours_error.setText(u"")
        self.credential_record_hours_error.setWordWrap(True)
        self.credential_record_hours_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.parameters_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.credential_record_hours_error)

        self.rotation_hours_label = QLabel(self.parameters_box)
        self.rotation_hours_label.setObjectName(u"rotation_hours_label")

        self.parameters_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.rotation_hours_label)

        self.rotation_hours_spin = QSpinBox(self.parameters_box)
        self.rotation_hours_spin.setObjectName(u"rotation_hours_spin")
        self.rotation_hours_spin.setMinimum(1)
        self.rotation_hours_spin.setMaximum(8760)
        self.rotation_hours_spin.setMinimumSize(QSize(130, 0))
        self.rotation_hours_spin.setMaximumSize(QSize(170, 16777215))

        self.parameters_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.rotation_hours_spin)

        self.rotation_hours_error = QLabel(self.parameters_box)
        self.rotation_hours_error.setObjectName(u"rotation_hours_error")
        self.rotation_hours_error.setText(u"")
        self.rotation_hours_error.setWordWrap(True)
        self.rotation_hours_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.parameters_form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.rotation_hours_error)

        self.review_removal_rotates_check = QCheckBox(self.parameters_box)
        self.review_removal_rotates_check.setObjectName(u"review_removal_rotates_check")

        self.parameters_form.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.review_removal_rotates_check)

        self.review_removal_rotates_error = QLabel(self.parameters_box)
        self.review_removal_rotates_error.setObjectName(u"review_removal_rotates_error")
        self.review_removal_rotates_error.setText(u"")
        self.review_removal_rotates_error.setWordWrap(True)
        self.review_removal_rotates_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.parameters_form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.review_removal_rotates_error)

        self.max_authorized_users_label = QLabel(self.parameters_box)
        self.max_authorized_users_label.setObjectName(u"max_authorized_users_label")

        self.parameters_form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.max_authorized_users_label)

        self.max_authorized_users_spin = QSpinBox(self.parameters_box)
        self.max_authorized_users_spin.setObjectName(u"max_authorized_users_spin")
        self.max_authorized_users_spin.setMinimum(0)
        self.max_authorized_users_spin.setMaximum(1000)
        self.max_authorized_users_spin.setMinimumSize(QSize(130, 0))
        self.max_authorized_users_spin.setMaximumSize(QSize(170, 16777215))

        self.parameters_form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.max_authorized_users_spin)

        self.max_authorized_users_error = QLabel(self.parameters_box)
        self.max_authorized_users_error.setObjectName(u"max_authorized_users_error")
        self.max_authorized_users_error.setText(u"")
        self.max_authorized_users_error.setWordWrap(True)
        self.max_authorized_users_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.parameters_form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.max_authorized_users_error)

        self.timezone_label = QLabel(self.parameters_box)
        self.timezone_label.setObjectName(u"timezone_label")

        self.parameters_form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.timezone_label)

        self.timezone_combo = QComboBox(self.parameters_box)
        self.timezone_combo.setObjectName(u"timezone_combo")
        self.timezone_combo.setEditable(True)

        self.parameters_form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.timezone_combo)

        self.timezone_error = QLabel(self.parameters_box)
        self.timezone_error.setObjectName(u"timezone_error")
        self.timezone_error.setText(u"")
        self.timezone_error.setWordWrap(True)
        self.timezone_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.parameters_form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.timezone_error)

        self.coordinating_office_label = QLabel(self.parameters_box)
        self.coordinating_office_label.setObjectName(u"coordinating_office_label")

        self.parameters_form.setWidget(18, QFormLayout.ItemRole.LabelRole, self.coordinating_office_label)

        self.coordinating_office_edit = QLineEdit(self.parameters_box)
        self.coordinating_office_edit.setObjectName(u"coordinating_office_edit")

        self.parameters_form.setWidget(18, QFormLayout.ItemRole.FieldRole, self.coordinating_office_edit)

        self.coordinating_office_error = QLabel(self.parameters_box)
        self.coordinating_office_error.setObjectName(u"coordinating_office_error")
        self.coordinating_office_error.setText(u"")
        self.coordinating_office_error.setWordWrap(True)
        self.coordinating_office_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.parameters_form.setWidget(19, QFormLayout.ItemRole.FieldRole, self.coordinating_office_error)

        self.authorities_label = QLabel(self.parameters_box)
        self.authorities_label.setObjectName(u"authorities_label")

        self.parameters_form.setWidget(20, QFormLayout.ItemRole.LabelRole, self.authorities_label)

        self.authorities_layout = QVBoxLayout()
        self.authorities_layout.setSpacing(2)
        self.authorities_layout.setObjectName(u"authorities_layout")
        self.authority_mayor_check = QCheckBox(self.parameters_box)
        self.authority_mayor_check.setObjectName(u"authority_mayor_check")

        self.authorities_layout.addWidget(self.authority_mayor_check)

        self.authority_council_check = QCheckBox(self.parameters_box)
        self.authority_council_check.setObjectName(u"authority_council_check")

        self.authorities_layout.addWidget(self.authority_council_check)

        self.authority_department_head_check = QCheckBox(self.parameters_box)
        self.authority_department_head_check.setObjectName(u"authority_department_head_check")

        self.authorities_layout.addWidget(self.authority_department_head_check)

        self.authority_city_manager_check = QCheckBox(self.parameters_box)
        self.authority_city_manager_check.setObjectName(u"authority_city_manager_check")

        self.authorities_layout.addWidget(self.authority_city_manager_check)

        self.authority_coordinator_check = QCheckBox(self.parameters_box)
        self.authority_coordinator_check.setObjectName(u"authority_coordinator_check")

        self.authorities_layout.addWidget(self.authority_coordinator_check)


        self.parameters_form.setLayout(20, QFormLayout.ItemRole.FieldRole, self.authorities_layout)

        self.authorities_error = QLabel(self.parameters_box)
        self.authorities_error.setObjectName(u"authorities_error")
        self.authorities_error.setText(u"")
        self.authorities_error.setWordWrap(True)
        self.authorities_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.parameters_form.setWidget(21, QFormLayout.ItemRole.FieldRole, self.authorities_error)


        self.right_layout.addWidget(self.parameters_box)

        self.right_spacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.right_layout.addItem(self.right_spacer)


        self.columns_layout.addLayout(self.right_layout)

        self.parameters_scroll.setWidget(self.parameters_contents)

        self.parameters_tab_layout.addWidget(self.parameters_scroll)

        self.tabs.addTab(self.parameters_tab, "")
        self.agreement_tab = QWidget()
        self.agreement_tab.setObjectName(u"agreement_tab")
        self.agreement_layout = QVBoxLayout(self.agreement_tab)
        self.agreement_layout.setObjectName(u"agreement_layout")
        self.agreement_top_layout = QHBoxLayout()
        self.agreement_top_layout.setObjectName(u"agreement_top_layout")
        self.agreement_edit_label = QLabel(self.agreement_tab)
        self.agreement_edit_label.setObjectName(u"agreement_edit_label")

        self.agreement_top_layout.addWidget(self.agreement_edit_label)

        self.agreement_state_label = QLabel(self.agreement_tab)
        self.agreement_state_label.setObjectName(u"agreement_state_label")
        self.agreement_state_label.setText(u"")

        self.agreement_top_layout.addWidget(self.agreement_state_label)

        self.agreement_top_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agreement_top_layout.addItem(self.agreement_top_spacer)

        self.agreement_reset_button = QPushButton(self.agreement_tab)
        self.agreement_reset_button.setObjectName(u"agreement_reset_button")

        self.agreement_top_layout.addWidget(self.agreement_reset_button)


        self.agreement_layout.addLayout(self.agreement_top_layout)

        self.agreement_edit = QPlainTextEdit(self.agreement_tab)
        self.agreement_edit.setObjectName(u"agreement_edit")
        self.agreement_edit.setTabChangesFocus(True)

        self.agreement_layout.addWidget(self.agreement_edit)

        self.agreement_text_error = QLabel(self.agreement_tab)
        self.agreement_text_error.setObjectName(u"agreement_text_error")
        self.agreement_text_error.setText(u"")
        self.agreement_text_error.setWordWrap(True)
        self.agreement_text_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.agreement_layout.addWidget(self.agreement_text_error)

        self.placeholders_label = QLabel(self.agreement_tab)
        self.placeholders_label.setObjectName(u"placeholders_label")
        self.placeholders_label.setText(u"")
        self.placeholders_label.setWordWrap(True)

        self.agreement_layout.addWidget(self.placeholders_label)

        self.tabs.addTab(self.agreement_tab, "")
        self.rules_tab = QWidget()
        self.rules_tab.setObjectName(u"rules_tab")
        self.rules_layout = QVBoxLayout(self.rules_tab)
        self.rules_layout.setObjectName(u"rules_layout")
        self.rules_intro_label = QLabel(self.rules_tab)
        self.rules_intro_label.setObjectName(u"rules_intro_label")
        self.rules_intro_label.setText(u"")
        self.rules_intro_label.setWordWrap(True)

        self.rules_layout.addWidget(self.rules_intro_label)

        self.rules_table = RecordTableView(self.rules_tab)
        self.rules_table.setObjectName(u"rules_table")

        self.rules_layout.addWidget(self.rules_table)

        self.rule_layout = QHBoxLayout()
        self.rule_layout.setObjectName(u"rule_layout")
        self.rule_detail_label = QLabel(self.rules_tab)
        self.rule_detail_label.setObjectName(u"rule_detail_label")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.rule_detail_label.sizePolicy().hasHeightForWidth())
        self.rule_detail_label.setSizePolicy(sizePolicy)
        self.rule_detail_label.setText(u"")
        self.rule_detail_label.setWordWrap(True)

        self.rule_layout.addWidget(self.rule_detail_label)

        self.rule_switch_button = QPushButton(self.rules_tab)
        self.rule_switch_button.setObjectName(u"rule_switch_button")

        self.rule_layout.addWidget(self.rule_switch_button)


        self.rules_layout.addLayout(self.rule_layout)

        self.tabs.addTab(self.rules_tab, "")

        self.page_layout.addWidget(self.tabs)

        self.save_bar = QWidget(SettingsPage)
        self.save_bar.setObjectName(u"save_bar")
        self.save_bar_layout = QVBoxLayout(self.save_bar)
        self.save_bar_layout.setObjectName(u"save_bar_layout")
        self.save_bar_layout.setContentsMargins(0, 0, 0, 0)
        self.form_error = QLabel(self.save_bar)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.save_bar_layout.addWidget(self.form_error)

        self.save_layout = QHBoxLayout()
        self.save_layout.setObjectName(u"save_layout")
        self.saved_label = QLabel(self.save_bar)
        self.saved_label.setObjectName(u"saved_label")
        self.saved_label.setText(u"")

        self.save_layout.addWidget(self.saved_label)

        self.save_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.save_layout.addItem(self.save_spacer)

        self.revert_button = QPushButton(self.save_bar)
        self.revert_button.setObjectName(u"revert_button")

        self.save_layout.addWidget(self.revert_button)

        self.save_button = QPushButton(self.save_bar)
        self.save_button.setObjectName(u"save_button")

        self.save_layout.addWidget(self.save_button)


        self.save_bar_layout.addLayout(self.save_layout)


        self.page_layout.addWidget(self.save_bar)

#if QT_CONFIG(shortcut)
        self.city_label.setBuddy(self.city_edit)
        self.adopted_label.setBuddy(self.adopted_date)
        self.email_domain_label.setBuddy(self.email_domain_edit)
        self.grandfather_days_label.setBuddy(self.grandfather_days_spin)
        self.review_interval_days_label.setBuddy(self.review_interval_days_spin)
        self.warning_days_label.setBuddy(self.warning_days_spin)
        self.password_min_length_label.setBuddy(self.password_min_length_spin)
        self.credential_record_hours_label.setBuddy(self.credential_record_hours_spin)
        self.rotation_hours_label.setBuddy(self.rotation_hours_spin)
        self.max_authorized_users_label.setBuddy(self.max_authorized_users_spin)
        self.timezone_label.setBuddy(self.timezone_combo)
        self.coordinating_office_label.setBuddy(self.coordinating_office_edit)
        self.authorities_label.setBuddy(self.authority_mayor_check)
        self.agreement_edit_label.setBuddy(self.agreement_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.city_edit, self.adopted_date)
        QWidget.setTabOrder(self.adopted_date, self.email_domain_edit)
        QWidget.setTabOrder(self.email_domain_edit, self.apply_profile_button)
        QWidget.setTabOrder(self.apply_profile_button, self.export_handover_button)
        QWidget.setTabOrder(self.export_handover_button, self.import_handover_button)
        QWidget.setTabOrder(self.import_handover_button, self.grandfather_days_spin)
        QWidget.setTabOrder(self.grandfather_days_spin, self.review_interval_days_spin)
        QWidget.setTabOrder(self.review_interval_days_spin, self.warning_days_spin)
        QWidget.setTabOrder(self.warning_days_spin, self.password_min_length_spin)
        QWidget.setTabOrder(self.password_min_length_spin, self.credential_record_hours_spin)
        QWidget.setTabOrder(self.credential_record_hours_spin, self.rotation_hours_spin)
        QWidget.setTabOrder(self.rotation_hours_spin, self.review_removal_rotates_check)
        QWidget.setTabOrder(self.review_removal_rotates_check, self.max_authorized_users_spin)
        QWidget.setTabOrder(self.max_authorized_users_spin, self.timezone_combo)
        QWidget.setTabOrder(self.timezone_combo, self.coordinating_office_edit)
        QWidget.setTabOrder(self.coordinating_office_edit, self.authority_mayor_check)
        QWidget.setTabOrder(self.authority_mayor_check, self.authority_council_check)
        QWidget.setTabOrder(self.authority_council_check, self.authority_department_head_check)
        QWidget.setTabOrder(self.authority_department_head_check, self.authority_city_manager_check)
        QWidget.setTabOrder(self.authority_city_manager_check, self.authority_coordinator_check)
        QWidget.setTabOrder(self.authority_coordinator_check, self.agreement_reset_button)
        QWidget.setTabOrder(self.agreement_reset_button, self.agreement_edit)
        QWidget.setTabOrder(self.agreement_edit, self.rules_table)
        QWidget.setTabOrder(self.rules_table, self.rule_switch_button)
        QWidget.setTabOrder(self.rule_switch_button, self.revert_button)
        QWidget.setTabOrder(self.revert_button, self.save_button)

        self.retranslateUi(SettingsPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.city_box.setTitle(QCoreApplication.translate("SettingsPage", u"City", None))
        self.city_label.setText(QCoreApplication.translate("SettingsPage", u"&City name:", None))
        self.adopted_label.setText(QCoreApplication.translate("SettingsPage", u"Policy &adopted on:", None))
        self.email_domain_label.setText(QCoreApplication.translate("SettingsPage", u"City &e-mail domain:", None))
        self.email_domain_edit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"e.g. city.example.gov", None))
        self.profile_box.setTitle(QCoreApplication.translate("SettingsPage", u"Policy profile", None))
        self.apply_profile_button.setText(QCoreApplication.translate("SettingsPage", u"Apply another &profile\u2026", None))
        self.credentials_box.setTitle(QCoreApplication.translate("SettingsPage", u"Credentials", None))
        self.vault_label.setText(QCoreApplication.translate("SettingsPage", u"Asking this computer's credential store\u2026", None))
        self.export_handover_button.setText(QCoreApplication.translate("SettingsPage", u"Export handover fi&le\u2026", None))
        self.import_handover_button.setText(QCoreApplication.translate("SettingsPage", u"&Import handover file\u2026", None))
        self.handover_label.setText(QCoreApplication.translate("SettingsPage", u"A handover file carries every password and recovery code on file to a deputy or successor, encrypted with a passphrase; importing it puts them in that person's credential store.", None))
        self.parameters_box.setTitle(QCoreApplication.translate("SettingsPage", u"Policy parameters", None))
        self.grandfather_days_label.setText(QCoreApplication.translate("SettingsPage", u"&Grandfathering window:", None))
        self.grandfather_days_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" days", None))
#if QT_CONFIG(tooltip)
        self.grandfather_days_spin.setToolTip(QCoreApplication.translate("SettingsPage", u"R5: an account in use when the policy was adopted must be approved within this many days", None))
#endif // QT_CONFIG(tooltip)
        self.review_interval_days_label.setText(QCoreApplication.translate("SettingsPage", u"Access &review every:", None))
        self.review_interval_days_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" days", None))
#if QT_CONFIG(tooltip)
        self.review_interval_days_spin.setToolTip(QCoreApplication.translate("SettingsPage", u"R7: how often department heads review who still has access", None))
#endif // QT_CONFIG(tooltip)
        self.warning_days_label.setText(QCoreApplication.translate("SettingsPage", u"&Warn before due:", None))
        self.warning_days_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" days", None))
#if QT_CONFIG(tooltip)
        self.warning_days_spin.setToolTip(QCoreApplication.translate("SettingsPage", u"How many days ahead Today shows an obligation as due soon", None))
#endif // QT_CONFIG(tooltip)
        self.password_min_length_label.setText(QCoreApplication.translate("SettingsPage", u"&Shortest password:", None))
        self.password_min_length_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" characters", None))
#if QT_CONFIG(tooltip)
        self.password_min_length_spin.setToolTip(QCoreApplication.translate("SettingsPage", u"R11: the shortest password the policy allows", None))
#endif // QT_CONFIG(tooltip)
        self.credential_record_hours_label.setText(QCoreApplication.translate("SettingsPage", u"Record password change &within:", None))
        self.credential_record_hours_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" hours", None))
#if QT_CONFIG(tooltip)
        self.credential_record_hours_spin.setToolTip(QCoreApplication.translate("SettingsPage", u"R9: a password change is recorded within this many hours", None))
#endif // QT_CONFIG(tooltip)
        self.rotation_hours_label.setText(QCoreApplication.translate("SettingsPage", u"Change passwords after a &separation within:", None))
        self.rotation_hours_spin.setSuffix(QCoreApplication.translate("SettingsPage", u" hours", None))
#if QT_CONFIG(tooltip)
        self.rotation_hours_spin.setToolTip(QCoreApplication.translate("SettingsPage", u"R10: when someone with access leaves, the passwords they knew change within this many hours", None))
#endif // QT_CONFIG(tooltip)
        self.review_removal_rotates_check.setText(QCoreApplication.translate("SettingsPage", u"A removal in an access review &needs a password change", None))
#if QT_CONFIG(tooltip)
        self.review_removal_rotates_check.setToolTip(QCoreApplication.translate("SettingsPage", u"R10: when a department head removes someone in an access review, the account's password must change within the hours above, as after a separation", None))
#endif // QT_CONFIG(tooltip)
        self.max_authorized_users_label.setText(QCoreApplication.translate("SettingsPage", u"Authorized &users per account:", None))
        self.max_authorized_users_spin.setSuffix("")
#if QT_CONFIG(tooltip)
        self.max_authorized_users_spin.setToolTip(QCoreApplication.translate("SettingsPage", u"R4: the most people who may post on one account (0: no limit)", None))
#endif // QT_CONFIG(tooltip)
        self.max_authorized_users_spin.setSpecialValueText(QCoreApplication.translate("SettingsPage", u"no limit", None))
        self.timezone_label.setText(QCoreApplication.translate("SettingsPage", u"&Time zone:", None))
        self.coordinating_office_label.setText(QCoreApplication.translate("SettingsPage", u"Coordinating &office:", None))
#if QT_CONFIG(tooltip)
        self.coordinating_office_edit.setToolTip(QCoreApplication.translate("SettingsPage", u"R8: the office account credentials are reported to", None))
#endif // QT_CONFIG(tooltip)
        self.authorities_label.setText(QCoreApplication.translate("SettingsPage", u"Who may appro&ve:", None))
        self.authority_mayor_check.setText(QCoreApplication.translate("SettingsPage", u"Mayor", None))
        self.authority_council_check.setText(QCoreApplication.translate("SettingsPage", u"Common Council", None))
        self.authority_department_head_check.setText(QCoreApplication.translate("SettingsPage", u"Department Head", None))
        self.authority_city_manager_check.setText(QCoreApplication.translate("SettingsPage", u"City Manager's Office", None))
        self.authority_coordinator_check.setText(QCoreApplication.translate("SettingsPage", u"Social Media Coordinator", None))
        self.tabs.setTabText(self.tabs.indexOf(self.parameters_tab), QCoreApplication.translate("SettingsPage", u"Cit&y and parameters", None))
        self.agreement_edit_label.setText(QCoreApplication.translate("SettingsPage", u"Agreement te&xt:", None))
        self.agreement_reset_button.setText(QCoreApplication.translate("SettingsPage", u"Use Clerk&Desk's text", None))
#if QT_CONFIG(tooltip)
        self.agreement_reset_button.setToolTip(QCoreApplication.translate("SettingsPage", u"Put ClerkDesk's wording back in the editor; Save changes prints it from then on", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.agreement_tab), QCoreApplication.translate("SettingsPage", u"Agree&ment text", None))
#if QT_CONFIG(tooltip)
        self.rules_table.setToolTip(QCoreApplication.translate("SettingsPage", u"Enter or double-click switches the selected rule, as the button below does", None))
#endif // QT_CONFIG(tooltip)
        self.rule_switch_button.setText(QCoreApplication.translate("SettingsPage", u"Switch &off", None))
#if QT_CONFIG(tooltip)
        self.rule_switch_button.setToolTip(QCoreApplication.translate("SettingsPage", u"Switch the selected good-practice rule on or off; saved at once, and written to the audit log", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.rules_tab), QCoreApplication.translate("SettingsPage", u"Rules and their &basis", None))
        self.revert_button.setText(QCoreApplication.translate("SettingsPage", u"Re&vert", None))
        self.save_button.setText(QCoreApplication.translate("SettingsPage", u"&Save changes", None))
        pass
    # retranslateUi

