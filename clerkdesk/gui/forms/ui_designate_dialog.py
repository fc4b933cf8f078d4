# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'designate_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from clerkdesk.gui.widgets.date_field import DateTimeField

class Ui_DesignateDialog(object):
    def setupUi(self, DesignateDialog):
        if not DesignateDialog.objectName():
            DesignateDialog.setObjectName(u"DesignateDialog")
        DesignateDialog.resize(560, 100)
        self.dialog_layout = QVBoxLayout(DesignateDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.explanation_label = QLabel(DesignateDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setText(u"\u2026")
        self.explanation_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.person_label = QLabel(DesignateDialog)
        self.person_label.setObjectName(u"person_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.person_label)

        self.person_edit = QLineEdit(DesignateDialog)
        self.person_edit.setObjectName(u"person_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.person_edit)

        self.employee_id_error = QLabel(DesignateDialog)
        self.employee_id_error.setObjectName(u"employee_id_error")
        self.employee_id_error.setText(u"")
        self.employee_id_error.setWordWrap(True)
        self.employee_id_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.employee_id_error)

        self.role_label = QLabel(DesignateDialog)
        self.role_label.setObjectName(u"role_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(DesignateDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.role_error = QLabel(DesignateDialog)
        self.role_error.setObjectName(u"role_error")
        self.role_error.setText(u"")
        self.role_error.setWordWrap(True)
        self.role_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.role_error)

        self.starts_at_label = QLabel(DesignateDialog)
        self.starts_at_label.setObjectName(u"starts_at_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.starts_at_label)

        self.starts_at_edit = DateTimeField(DesignateDialog)
        self.starts_at_edit.setObjectName(u"starts_at_edit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.starts_at_edit)

        self.starts_at_error = QLabel(DesignateDialog)
        self.starts_at_error.setObjectName(u"starts_at_error")
        self.starts_at_error.setText(u"")
        self.starts_at_error.setWordWrap(True)
        self.starts_at_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.starts_at_error)

        self.designated_by_label = QLabel(DesignateDialog)
        self.designated_by_label.setObjectName(u"designated_by_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.designated_by_label)

        self.designated_by_edit = QLineEdit(DesignateDialog)
        self.designated_by_edit.setObjectName(u"designated_by_edit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.designated_by_edit)


        self.dialog_layout.addLayout(self.form)

        self.form_error = QLabel(DesignateDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(DesignateDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.person_label.setBuddy(self.person_edit)
        self.role_label.setBuddy(self.role_combo)
        self.starts_at_label.setBuddy(self.starts_at_edit)
        self.designated_by_label.setBuddy(self.designated_by_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.person_edit, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.starts_at_edit)
        QWidget.setTabOrder(self.starts_at_edit, self.designated_by_edit)

        self.retranslateUi(DesignateDialog)
        self.button_box.accepted.connect(DesignateDialog.accept)
        self.button_box.rejected.connect(DesignateDialog.reject)

        QMetaObject.connectSlotsByName(DesignateDialog)
    # setupUi

    def retranslateUi(self, DesignateDialog):
        DesignateDialog.setWindowTitle(QCoreApplication.translate("DesignateDialog", u"Designate", None))
        self.person_label.setText(QCoreApplication.translate("DesignateDialog", u"&Person:", None))
        self.role_label.setText(QCoreApplication.translate("DesignateDialog", u"&Role:", None))
        self.starts_at_label.setText(QCoreApplication.translate("DesignateDialog", u"&From:", None))
        self.designated_by_label.setText(QCoreApplication.translate("DesignateDialog", u"&Designated by:", None))
        self.designated_by_edit.setPlaceholderText(QCoreApplication.translate("DesignateDialog", u"who decided, e.g. the department head (optional)", None))
    # retranslateUi

