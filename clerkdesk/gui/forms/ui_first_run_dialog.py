# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(620, 100)
        self.dialog_layout = QVBoxLayout(FirstRunDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro_label = QLabel(FirstRunDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro_label)

        self.demo_check = QCheckBox(FirstRunDialog)
        self.demo_check.setObjectName(u"demo_check")
        self.demo_check.setChecked(True)

        self.dialog_layout.addWidget(self.demo_check)

        self.demo_label = QLabel(FirstRunDialog)
        self.demo_label.setObjectName(u"demo_label")
        self.demo_label.setText(u"")
        self.demo_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.demo_label)

        self.city_box = QGroupBox(FirstRunDialog)
        self.city_box.setObjectName(u"city_box")
        self.form = QFormLayout(self.city_box)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.city_label = QLabel(self.city_box)
        self.city_label.setObjectName(u"city_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_edit = QLineEdit(self.city_box)
        self.city_edit.setObjectName(u"city_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.city_edit)

        self.city_error = QLabel(self.city_box)
        self.city_error.setObjectName(u"city_error")
        self.city_error.setText(u"")
        self.city_error.setWordWrap(True)
        self.city_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.city_error)

        self.profile_label = QLabel(self.city_box)
        self.profile_label.setObjectName(u"profile_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.profile_label)

        self.profile_combo = QComboBox(self.city_box)
        self.profile_combo.setObjectName(u"profile_combo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.profile_combo)

        self.profile_error = QLabel(self.city_box)
        self.profile_error.setObjectName(u"profile_error")
        self.profile_error.setText(u"")
        self.profile_error.setWordWrap(True)
        self.profile_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.profile_error)

        self.profile_notes_label = QLabel(self.city_box)
        self.profile_notes_label.setObjectName(u"profile_notes_label")
        self.profile_notes_label.setText(u"")
        self.profile_notes_label.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.profile_notes_label)

        self.adopted_label = QLabel(self.city_box)
        self.adopted_label.setObjectName(u"adopted_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.adopted_label)

        self.adopted_date = DateField(self.city_box)
        self.adopted_date.setObjectName(u"adopted_date")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.adopted_date)

        self.adopted_error = QLabel(self.city_box)
        self.adopted_error.setObjectName(u"adopted_error")
        self.adopted_error.setText(u"")
        self.adopted_error.setWordWrap(True)
        self.adopted_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.adopted_error)

        self.email_domain_label = QLabel(self.city_box)
        self.email_domain_label.setObjectName(u"email_domain_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.email_domain_label)

        self.email_domain_edit = QLineEdit(self.city_box)
        self.email_domain_edit.setObjectName(u"email_domain_edit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.email_domain_edit)

        self.email_domain_error = QLabel(self.city_box)
        self.email_domain_error.setObjectName(u"email_domain_error")
        self.email_domain_error.setText(u"")
        self.email_domain_error.setWordWrap(True)
        self.email_domain_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.email_domain_error)


        self.dialog_layout.addWidget(self.city_box)

        self.form_error = QLabel(FirstRunDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(FirstRunDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.city_label.setBuddy(self.city_edit)
        self.profile_label.setBuddy(self.profile_combo)
        self.adopted_label.setBuddy(self.adopted_date)
        self.email_domain_label.setBuddy(self.email_domain_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.demo_check, self.city_edit)
        QWidget.setTabOrder(self.city_edit, self.profile_combo)
        QWidget.setTabOrder(self.profile_combo, self.adopted_date)
        QWidget.setTabOrder(self.adopted_date, self.email_domain_edit)

        self.retranslateUi(FirstRunDialog)
        self.button_box.accepted.connect(FirstRunDialog.accept)
        self.button_box.rejected.connect(FirstRunDialog.reject)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to ClerkDesk", None))
        self.intro_label.setText(QCoreApplication.translate("FirstRunDialog", u"This register is new. Try ClerkDesk with the demonstration city, or set up your own: uncheck the box and say which city the register is for and which social media policy it follows. All of it can be changed later under Settings.", None))
        self.demo_check.setText(QCoreApplication.translate("FirstRunDialog", u"&Load the demonstration city", None))
        self.city_box.setTitle(QCoreApplication.translate("FirstRunDialog", u"Your city", None))
        self.city_label.setText(QCoreApplication.translate("FirstRunDialog", u"&City name:", None))
        self.city_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. City of Stoughton", None))
        self.profile_label.setText(QCoreApplication.translate("FirstRunDialog", u"&Policy:", None))
        self.adopted_label.setText(QCoreApplication.translate("FirstRunDialog", u"Policy &adopted on:", None))
        self.email_domain_label.setText(QCoreApplication.translate("FirstRunDialog", u"City &e-mail domain:", None))
        self.email_domain_edit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"e.g. city.example.gov (optional)", None))
    # retranslateUi

