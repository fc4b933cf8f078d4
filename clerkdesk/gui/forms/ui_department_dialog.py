# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'department_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from clerkdesk.gui.widgets.date_field import DateField

class Ui_DepartmentDialog(object):
    def setupUi(self, DepartmentDialog):
        if not DepartmentDialog.objectName():
            DepartmentDialog.setObjectName(u"DepartmentDialog")
        DepartmentDialog.resize(520, 100)
        self.dialog_layout = QVBoxLayout(DepartmentDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_label = QLabel(DepartmentDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(DepartmentDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error = QLabel(DepartmentDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setText(u"")
        self.name_error.setWordWrap(True)
        self.name_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.head_label = QLabel(DepartmentDialog)
        self.head_label.setObjectName(u"head_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.head_label)

        self.head_edit = QLineEdit(DepartmentDialog)
        self.head_edit.setObjectName(u"head_edit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.head_edit)

        self.head_employee_id_error = QLabel(DepartmentDialog)
        self.head_employee_id_error.setObjectName(u"head_employee_id_error")
        self.head_employee_id_error.setText(u"")
        self.head_employee_id_error.setWordWrap(True)
        self.head_employee_id_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.head_employee_id_error)


        self.dialog_layout.addLayout(self.form)

        self.policy_box = QGroupBox(DepartmentDialog)
        self.policy_box.setObjectName(u"policy_box")
        self.policy_layout = QVBoxLayout(self.policy_box)
        self.policy_layout.setObjectName(u"policy_layout")
        self.policy_form = QFormLayout()
        self.policy_form.setObjectName(u"policy_form")
        self.policy_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.policy_filed_check = QCheckBox(self.policy_box)
        self.policy_filed_check.setObjectName(u"policy_filed_check")

        self.policy_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.policy_filed_check)

        self.policy_filed_date = DateField(self.policy_box)
        self.policy_filed_date.setObjectName(u"policy_filed_date")

        self.policy_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.policy_filed_date)

        self.policy_filed_on_error = QLabel(self.policy_box)
        self.policy_filed_on_error.setObjectName(u"policy_filed_on_error")
        self.policy_filed_on_error.setText(u"")
        self.policy_filed_on_error.setWordWrap(True)
        self.policy_filed_on_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.policy_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.policy_filed_on_error)

        self.policy_copy_check = QCheckBox(self.policy_box)
        self.policy_copy_check.setObjectName(u"policy_copy_check")

        self.policy_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.policy_copy_check)

        self.policy_copy_date = DateField(self.policy_box)
        self.policy_copy_date.setObjectName(u"policy_copy_date")

        self.policy_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.policy_copy_date)

        self.policy_it_copy_on_error = QLabel(self.policy_box)
        self.policy_it_copy_on_error.setObjectName(u"policy_it_copy_on_error")
        self.policy_it_copy_on_error.setText(u"")
        self.policy_it_copy_on_error.setWordWrap(True)
        self.policy_it_copy_on_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.policy_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.policy_it_copy_on_error)

        self.policy_approver_label = QLabel(self.policy_box)
        self.policy_approver_label.setObjectName(u"policy_approver_label")

        self.policy_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.policy_approver_label)

        self.policy_approver_edit = QLineEdit(self.policy_box)
        self.policy_approver_edit.setObjectName(u"policy_approver_edit")
        self.policy_approver_edit.setMaxLength(200)

        self.policy_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.policy_approver_edit)

        self.policy_approver_error = QLabel(self.policy_box)
        self.policy_approver_error.setObjectName(u"policy_approver_error")
        self.policy_approver_error.setText(u"")
        self.policy_approver_error.setWordWrap(True)
        self.policy_approver_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.policy_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.policy_approver_error)


        self.policy_layout.addLayout(self.policy_form)


        self.dialog_layout.addWidget(self.policy_box)

        self.form_error = QLabel(DepartmentDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(DepartmentDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.head_label.setBuddy(self.head_edit)
        self.policy_approver_label.setBuddy(self.policy_approver_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.head_edit)
        QWidget.setTabOrder(self.head_edit, self.policy_filed_check)
        QWidget.setTabOrder(self.policy_filed_check, self.policy_filed_date)
        QWidget.setTabOrder(self.policy_filed_date, self.policy_copy_check)
        QWidget.setTabOrder(self.policy_copy_check, self.policy_copy_date)
        QWidget.setTabOrder(self.policy_copy_date, self.policy_approver_edit)

        self.retranslateUi(DepartmentDialog)
        self.button_box.accepted.connect(DepartmentDialog.accept)
        self.button_box.rejected.connect(DepartmentDialog.reject)

        QMetaObject.connectSlotsByName(DepartmentDialog)
    # setupUi

    def retranslateUi(self, DepartmentDialog):
        DepartmentDialog.setWindowTitle(QCoreApplication.translate("DepartmentDialog", u"Department", None))
        self.name_label.setText(QCoreApplication.translate("DepartmentDialog", u"&Name:", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("DepartmentDialog", u"e.g. Parks and Recreation", None))
        self.head_label.setText(QCoreApplication.translate("DepartmentDialog", u"&Head:", None))
        self.head_edit.setPlaceholderText(QCoreApplication.translate("DepartmentDialog", u"employee ID of the department head (optional)", None))
        self.policy_box.setTitle(QCoreApplication.translate("DepartmentDialog", u"The department's written social media policy (R1)", None))
        self.policy_filed_check.setText(QCoreApplication.translate("DepartmentDialog", u"&Filed with the office on:", None))
        self.policy_copy_check.setText(QCoreApplication.translate("DepartmentDialog", u"Copy to the &IT Director on:", None))
        self.policy_approver_label.setText(QCoreApplication.translate("DepartmentDialog", u"&Approving authority it names:", None))
        self.policy_approver_edit.setPlaceholderText(QCoreApplication.translate("DepartmentDialog", u"e.g. Parks Superintendent", None))
    # retranslateUi

