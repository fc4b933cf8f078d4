# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from clerkdesk.gui.widgets.date_field import DateField

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(540, 100)
        self.dialog_layout = QVBoxLayout(PersonDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.employee_id_label = QLabel(PersonDialog)
        self.employee_id_label.setObjectName(u"employee_id_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.employee_id_label)

        self.employee_id_edit = QLineEdit(PersonDialog)
        self.employee_id_edit.setObjectName(u"employee_id_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.employee_id_edit)

        self.employee_id_error = QLabel(PersonDialog)
        self.employee_id_error.setObjectName(u"employee_id_error")
        self.employee_id_error.setText(u"")
        self.employee_id_error.setWordWrap(True)
        self.employee_id_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.employee_id_error)

        self.name_label = QLabel(PersonDialog)
        self.name_label.setObjectName(u"name_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(PersonDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.name_error = QLabel(PersonDialog)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setText(u"")
        self.name_error.setWordWrap(True)
        self.name_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.name_error)

        self.title_label = QLabel(PersonDialog)
        self.title_label.setObjectName(u"title_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title_edit = QLineEdit(PersonDialog)
        self.title_edit.setObjectName(u"title_edit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.title_edit)

        self.title_error = QLabel(PersonDialog)
        self.title_error.setObjectName(u"title_error")
        self.title_error.setText(u"")
        self.title_error.setWordWrap(True)
        self.title_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.title_error)

        self.division_label = QLabel(PersonDialog)
        self.division_label.setObjectName(u"division_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.division_label)

        self.division_edit = QLineEdit(PersonDialog)
        self.division_edit.setObjectName(u"division_edit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.division_edit)

        self.division_error = QLabel(PersonDialog)
        self.division_error.setObjectName(u"division_error")
        self.division_error.setText(u"")
        self.division_error.setWordWrap(True)
        self.division_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.division_error)

        self.department_label = QLabel(PersonDialog)
        self.department_label.setObjectName(u"department_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.department_label)

        self.department_combo = QComboBox(PersonDialog)
        self.department_combo.setObjectName(u"department_combo")
        self.department_combo.setEditable(True)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.department_combo)

        self.department_error = QLabel(PersonDialog)
        self.department_error.setObjectName(u"department_error")
        self.department_error.setText(u"")
        self.department_error.setWordWrap(True)
        self.department_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.department_error)

        self.email_label = QLabel(PersonDialog)
        self.email_label.setObjectName(u"email_label")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(PersonDialog)
        self.email_edit.setObjectName(u"email_edit")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.email_error = QLabel(PersonDialog)
        self.email_error.setObjectName(u"email_error")
        self.email_error.setText(u"")
        self.email_error.setWordWrap(True)
        self.email_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.email_error)

        self.phone_label = QLabel(PersonDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(PersonDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.phone_error = QLabel(PersonDialog)
        self.phone_error.setObjectName(u"phone_error")
        self.phone_error.setText(u"")
        self.phone_error.setWordWrap(True)
        self.phone_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.phone_error)

        self.kind_label = QLabel(PersonDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(PersonDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.kind_error = QLabel(PersonDialog)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setText(u"")
        self.kind_error.setWordWrap(True)
        self.kind_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.kind_error)

        self.separated_label = QLabel(PersonDialog)
        self.separated_label.setObjectName(u"separated_label")

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.separated_label)

        self.separated_layout = QHBoxLayout()
        self.separated_layout.setObjectName(u"separated_layout")
        self.separated_check = QCheckBox(PersonDialog)
        self.separated_check.setObjectName(u"separated_check")

        self.separated_layout.addWidget(self.separated_check)

        self.separated_on_date = DateField(PersonDialog)
        self.separated_on_date.setObjectName(u"separated_on_date")
        self.separated_on_date.setEnabled(False)

        self.separated_layout.addWidget(self.separated_on_date)

        self.separated_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.separated_layout.addItem(self.separated_spacer)


        self.form.setLayout(16, QFormLayout.ItemRole.FieldRole, self.separated_layout)

        self.separated_on_error = QLabel(PersonDialog)
        self.separated_on_error.setObjectName(u"separated_on_error")
        self.separated_on_error.setText(u"")
        self.separated_on_error.setWordWrap(True)
        self.separated_on_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.separated_on_error)


        self.dialog_layout.addLayout(self.form)

        self.form_error = QLabel(PersonDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(PersonDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.employee_id_label.setBuddy(self.employee_id_edit)
        self.name_label.setBuddy(self.name_edit)
        self.title_label.setBuddy(self.title_edit)
        self.division_label.setBuddy(self.division_edit)
        self.department_label.setBuddy(self.department_combo)
        self.email_label.setBuddy(self.email_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.separated_label.setBuddy(self.separated_check)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.employee_id_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.title_edit)
        QWidget.setTabOrder(self.title_edit, self.division_edit)
        QWidget.setTabOrder(self.division_edit, self.department_combo)
        QWidget.setTabOrder(self.department_combo, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.separated_check)
        QWidget.setTabOrder(self.separated_check, self.separated_on_date)

        self.retranslateUi(PersonDialog)
        self.button_box.accepted.connect(PersonDialog.accept)
        self.button_box.rejected.connect(PersonDialog.reject)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.employee_id_label.setText(QCoreApplication.translate("PersonDialog", u"&Employee ID:", None))
        self.employee_id_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"as in the HR system", None))
        self.name_label.setText(QCoreApplication.translate("PersonDialog", u"&Name:", None))
        self.title_label.setText(QCoreApplication.translate("PersonDialog", u"&Title:", None))
        self.title_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"job title", None))
        self.division_label.setText(QCoreApplication.translate("PersonDialog", u"Di&vision:", None))
        self.division_edit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"optional, e.g. Recreation", None))
        self.department_label.setText(QCoreApplication.translate("PersonDialog", u"&Department:", None))
        self.email_label.setText(QCoreApplication.translate("PersonDialog", u"E-&mail:", None))
        self.phone_label.setText(QCoreApplication.translate("PersonDialog", u"&Phone:", None))
        self.kind_label.setText(QCoreApplication.translate("PersonDialog", u"&Kind:", None))
        self.separated_label.setText(QCoreApplication.translate("PersonDialog", u"Left the city:", None))
        self.separated_check.setText(QCoreApplication.translate("PersonDialog", u"Separated &on", None))
    # retranslateUi

