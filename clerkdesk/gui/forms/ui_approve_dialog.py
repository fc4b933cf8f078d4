# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approve_dialog.ui'
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
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from clerkdesk.gui.widgets.date_field import DateField

class Ui_ApproveDialog(object):
    def setupUi(self, ApproveDialog):
        if not ApproveDialog.objectName():
            ApproveDialog.setObjectName(u"ApproveDialog")
        ApproveDialog.resize(600, 100)
        self.dialog_layout = QVBoxLayout(ApproveDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.account_label = QLabel(ApproveDialog)
        self.account_label.setObjectName(u"account_label")
        self.account_label.setText(u"https://")
        self.account_label.setWordWrap(True)
        self.account_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.account_label)

        self.approval_box = QGroupBox(ApproveDialog)
        self.approval_box.setObjectName(u"approval_box")
        self.approval_form = QFormLayout(self.approval_box)
        self.approval_form.setObjectName(u"approval_form")
        self.approval_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.authority_label = QLabel(self.approval_box)
        self.authority_label.setObjectName(u"authority_label")

        self.approval_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.authority_label)

        self.authority_combo = QComboBox(self.approval_box)
        self.authority_combo.setObjectName(u"authority_combo")

        self.approval_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.authority_combo)

        self.authority_error = QLabel(self.approval_box)
        self.authority_error.setObjectName(u"authority_error")
        self.authority_error.setText(u"")
        self.authority_error.setWordWrap(True)
        self.authority_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.approval_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authority_error)

        self.approved_by_label = QLabel(self.approval_box)
        self.approved_by_label.setObjectName(u"approved_by_label")

        self.approval_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.approved_by_label)

        self.approved_by_edit = QLineEdit(self.approval_box)
        self.approved_by_edit.setObjectName(u"approved_by_edit")

        self.approval_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.approved_by_edit)

        self.approved_by_error = QLabel(self.approval_box)
        self.approved_by_error.setObjectName(u"approved_by_error")
        self.approved_by_error.setText(u"")
        self.approved_by_error.setWordWrap(True)
        self.approved_by_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.approval_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.approved_by_error)

        self.approved_on_label = QLabel(self.approval_box)
        self.approved_on_label.setObjectName(u"approved_on_label")

        self.approval_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.approved_on_label)

        self.approved_on_date = DateField(self.approval_box)
        self.approved_on_date.setObjectName(u"approved_on_date")

        self.approval_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.approved_on_date)

        self.approved_on_error = QLabel(self.approval_box)
        self.approved_on_error.setObjectName(u"approved_on_error")
        self.approved_on_error.setText(u"")
        self.approved_on_error.setWordWrap(True)
        self.approved_on_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.approval_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.approved_on_error)

        self.reference_label = QLabel(self.approval_box)
        self.reference_label.setObjectName(u"reference_label")

        self.approval_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference_edit = QLineEdit(self.approval_box)
        self.reference_edit.setObjectName(u"reference_edit")

        self.approval_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reference_edit)

        self.reference_error = QLabel(self.approval_box)
        self.reference_error.setObjectName(u"reference_error")
        self.reference_error.setText(u"")
        self.reference_error.setWordWrap(True)
        self.reference_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.approval_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reference_error)


        self.dialog_layout.addWidget(self.approval_box)

        self.determinations_box = QGroupBox(ApproveDialog)
        self.determinations_box.setObjectName(u"determinations_box")
        self.determinations_layout = QVBoxLayout(self.determinations_box)
        self.determinations_layout.setObjectName(u"determinations_layout")
        self.determinations_note = QLabel(self.determinations_box)
        self.determinations_note.setObjectName(u"determinations_note")
        self.determinations_note.setText(u"\u2026")
        self.determinations_note.setWordWrap(True)

        self.determinations_layout.addWidget(self.determinations_note)

        self.can_administer_check = QCheckBox(self.determinations_box)
        self.can_administer_check.setObjectName(u"can_administer_check")
        self.can_administer_check.setText(u"The department can a&dminister the site and comply with public-records law")

        self.determinations_layout.addWidget(self.can_administer_check)

        self.can_administer_error = QLabel(self.determinations_box)
        self.can_administer_error.setObjectName(u"can_administer_error")
        self.can_administer_error.setText(u"")
        self.can_administer_error.setWordWrap(True)
        self.can_administer_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.determinations_layout.addWidget(self.can_administer_error)

        self.monitoring_form = QFormLayout()
        self.monitoring_form.setObjectName(u"monitoring_form")
        self.monitoring_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.monitoring_label = QLabel(self.determinations_box)
        self.monitoring_label.setObjectName(u"monitoring_label")

        self.monitoring_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.monitoring_label)

        self.monitoring_combo = QComboBox(self.determinations_box)
        self.monitoring_combo.setObjectName(u"monitoring_combo")
        self.monitoring_combo.setEditable(True)

        self.monitoring_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.monitoring_combo)

        self.monitoring_error = QLabel(self.determinations_box)
        self.monitoring_error.setObjectName(u"monitoring_error")
        self.monitoring_error.setText(u"")
        self.monitoring_error.setWordWrap(True)
        self.monitoring_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.monitoring_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.monitoring_error)


        self.determinations_layout.addLayout(self.monitoring_form)

        self.it_notified_check = QCheckBox(self.determinations_box)
        self.it_notified_check.setObjectName(u"it_notified_check")

        self.determinations_layout.addWidget(self.it_notified_check)

        self.it_notified_error = QLabel(self.determinations_box)
        self.it_notified_error.setObjectName(u"it_notified_error")
        self.it_notified_error.setText(u"")
        self.it_notified_error.setWordWrap(True)
        self.it_notified_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.determinations_layout.addWidget(self.it_notified_error)

        self.it_notified_form = QFormLayout()
        self.it_notified_form.setObjectName(u"it_notified_form")
        self.it_notified_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.it_notified_on_label = QLabel(self.determinations_box)
        self.it_notified_on_label.setObjectName(u"it_notified_on_label")

        self.it_notified_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.it_notified_on_label)

        self.it_notified_on_date = DateField(self.determinations_box)
        self.it_notified_on_date.setObjectName(u"it_notified_on_date")

        self.it_notified_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.it_notified_on_date)

        self.it_notified_on_error = QLabel(self.determinations_box)
        self.it_notified_on_error.setObjectName(u"it_notified_on_error")
        self.it_notified_on_error.setText(u"")
        self.it_notified_on_error.setWordWrap(True)
        self.it_notified_on_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.it_notified_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.it_notified_on_error)


        self.determinations_layout.addLayout(self.it_notified_form)

        self.designated_form = QFormLayout()
        self.designated_form.setObjectName(u"designated_form")
        self.designated_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.designated_label = QLabel(self.determinations_box)
        self.designated_label.setObjectName(u"designated_label")

        self.designated_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.designated_label)

        self.designated_employee_id_edit = QLineEdit(self.determinations_box)
        self.designated_employee_id_edit.setObjectName(u"designated_employee_id_edit")

        self.designated_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.designated_employee_id_edit)

        self.designated_employee_id_error = QLabel(self.determinations_box)
        self.designated_employee_id_error.setObjectName(u"designated_employee_id_error")
        self.designated_employee_id_error.setText(u"")
        self.designated_employee_id_error.setWordWrap(True)
        self.designated_employee_id_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.designated_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.designated_employee_id_error)


        self.determinations_layout.addLayout(self.designated_form)


        self.dialog_layout.addWidget(self.determinations_box)

        self.form_error = QLabel(ApproveDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ApproveDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.authority_label.setBuddy(self.authority_combo)
        self.approved_by_label.setBuddy(self.approved_by_edit)
        self.approved_on_label.setBuddy(self.approved_on_date)
        self.reference_label.setBuddy(self.reference_edit)
        self.monitoring_label.setBuddy(self.monitoring_combo)
        self.it_notified_on_label.setBuddy(self.it_notified_on_date)
        self.designated_label.setBuddy(self.designated_employee_id_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.authority_combo, self.approved_by_edit)
        QWidget.setTabOrder(self.approved_by_edit, self.approved_on_date)
        QWidget.setTabOrder(self.approved_on_date, self.reference_edit)
        QWidget.setTabOrder(self.reference_edit, self.can_administer_check)
        QWidget.setTabOrder(self.can_administer_check, self.monitoring_combo)
        QWidget.setTabOrder(self.monitoring_combo, self.it_notified_check)
        QWidget.setTabOrder(self.it_notified_check, self.it_notified_on_date)
        QWidget.setTabOrder(self.it_notified_on_date, self.designated_employee_id_edit)

        self.retranslateUi(ApproveDialog)
        self.button_box.accepted.connect(ApproveDialog.accept)
        self.button_box.rejected.connect(ApproveDialog.reject)

        QMetaObject.connectSlotsByName(ApproveDialog)
    # setupUi

    def retranslateUi(self, ApproveDialog):
        ApproveDialog.setWindowTitle(QCoreApplication.translate("ApproveDialog", u"Approve account", None))
        self.approval_box.setTitle(QCoreApplication.translate("ApproveDialog", u"Approval (R1)", None))
        self.authority_label.setText(QCoreApplication.translate("ApproveDialog", u"&Authority:", None))
        self.approved_by_label.setText(QCoreApplication.translate("ApproveDialog", u"Approved &by:", None))
        self.approved_by_edit.setPlaceholderText(QCoreApplication.translate("ApproveDialog", u"the name of the person who approved it", None))
        self.approved_on_label.setText(QCoreApplication.translate("ApproveDialog", u"Approved &on:", None))
        self.reference_label.setText(QCoreApplication.translate("ApproveDialog", u"&Reference:", None))
        self.reference_edit.setPlaceholderText(QCoreApplication.translate("ApproveDialog", u"resolution, memo or minutes, e.g. Res. 2019-41", None))
        self.determinations_box.setTitle(QCoreApplication.translate("ApproveDialog", u"Determinations (R2)", None))
        self.monitoring_label.setText(QCoreApplication.translate("ApproveDialog", u"&Monitored:", None))
        self.it_notified_check.setText(QCoreApplication.translate("ApproveDialog", u"The &IT Director was notified", None))
        self.it_notified_on_label.setText(QCoreApplication.translate("ApproveDialog", u"Notified o&n:", None))
        self.designated_label.setText(QCoreApplication.translate("ApproveDialog", u"Authorized &user:", None))
        self.designated_employee_id_edit.setPlaceholderText(QCoreApplication.translate("ApproveDialog", u"the person the approval designates: part of a name or employee ID", None))
    # retranslateUi

