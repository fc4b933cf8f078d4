# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'term_approvals_dialog.ui'
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

class Ui_TermApprovalsDialog(object):
    def setupUi(self, TermApprovalsDialog):
        if not TermApprovalsDialog.objectName():
            TermApprovalsDialog.setObjectName(u"TermApprovalsDialog")
        TermApprovalsDialog.resize(560, 100)
        self.dialog_layout = QVBoxLayout(TermApprovalsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.explanation_label = QLabel(TermApprovalsDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setText(u"\u2026")
        self.explanation_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation_label)

        self.director_box = QGroupBox(TermApprovalsDialog)
        self.director_box.setObjectName(u"director_box")
        self.director_box.setTitle(u"Approved by \u2026")
        self.director_form = QFormLayout(self.director_box)
        self.director_form.setObjectName(u"director_form")
        self.director_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.director_by_label = QLabel(self.director_box)
        self.director_by_label.setObjectName(u"director_by_label")

        self.director_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.director_by_label)

        self.director_by_edit = QLineEdit(self.director_box)
        self.director_by_edit.setObjectName(u"director_by_edit")

        self.director_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.director_by_edit)

        self.director_approved_by_error = QLabel(self.director_box)
        self.director_approved_by_error.setObjectName(u"director_approved_by_error")
        self.director_approved_by_error.setText(u"")
        self.director_approved_by_error.setWordWrap(True)
        self.director_approved_by_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.director_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.director_approved_by_error)

        self.director_check = QCheckBox(self.director_box)
        self.director_check.setObjectName(u"director_check")

        self.director_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.director_check)

        self.director_date = DateField(self.director_box)
        self.director_date.setObjectName(u"director_date")

        self.director_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.director_date)

        self.director_approved_on_error = QLabel(self.director_box)
        self.director_approved_on_error.setObjectName(u"director_approved_on_error")
        self.director_approved_on_error.setText(u"")
        self.director_approved_on_error.setWordWrap(True)
        self.director_approved_on_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.director_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.director_approved_on_error)


        self.dialog_layout.addWidget(self.director_box)

        self.office_box = QGroupBox(TermApprovalsDialog)
        self.office_box.setObjectName(u"office_box")
        self.office_box.setTitle(u"Approved by \u2026")
        self.office_form = QFormLayout(self.office_box)
        self.office_form.setObjectName(u"office_form")
        self.office_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.office_by_label = QLabel(self.office_box)
        self.office_by_label.setObjectName(u"office_by_label")

        self.office_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.office_by_label)

        self.office_by_edit = QLineEdit(self.office_box)
        self.office_by_edit.setObjectName(u"office_by_edit")

        self.office_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.office_by_edit)

        self.office_approved_by_error = QLabel(self.office_box)
        self.office_approved_by_error.setObjectName(u"office_approved_by_error")
        self.office_approved_by_error.setText(u"")
        self.office_approved_by_error.setWordWrap(True)
        self.office_approved_by_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.office_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.office_approved_by_error)

        self.office_check = QCheckBox(self.office_box)
        self.office_check.setObjectName(u"office_check")

        self.office_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.office_check)

        self.office_date = DateField(self.office_box)
        self.office_date.setObjectName(u"office_date")

        self.office_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.office_date)

        self.office_approved_on_error = QLabel(self.office_box)
        self.office_approved_on_error.setObjectName(u"office_approved_on_error")
        self.office_approved_on_error.setText(u"")
        self.office_approved_on_error.setWordWrap(True)
        self.office_approved_on_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.office_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.office_approved_on_error)


        self.dialog_layout.addWidget(self.office_box)

        self.form_error = QLabel(TermApprovalsDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(TermApprovalsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.director_by_label.setBuddy(self.director_by_edit)
        self.office_by_label.setBuddy(self.office_by_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.director_by_edit, self.director_check)
        QWidget.setTabOrder(self.director_check, self.director_date)
        QWidget.setTabOrder(self.director_date, self.office_by_edit)
        QWidget.setTabOrder(self.office_by_edit, self.office_check)
        QWidget.setTabOrder(self.office_check, self.office_date)

        self.retranslateUi(TermApprovalsDialog)
        self.button_box.accepted.connect(TermApprovalsDialog.accept)
        self.button_box.rejected.connect(TermApprovalsDialog.reject)

        QMetaObject.connectSlotsByName(TermApprovalsDialog)
    # setupUi

    def retranslateUi(self, TermApprovalsDialog):
        TermApprovalsDialog.setWindowTitle(QCoreApplication.translate("TermApprovalsDialog", u"Approvals", None))
        self.director_by_label.setText(QCoreApplication.translate("TermApprovalsDialog", u"&Name:", None))
        self.director_by_edit.setPlaceholderText(QCoreApplication.translate("TermApprovalsDialog", u"the name of the person who approved", None))
        self.director_check.setText(QCoreApplication.translate("TermApprovalsDialog", u"&Date:", None))
        self.office_by_label.setText(QCoreApplication.translate("TermApprovalsDialog", u"Na&me:", None))
        self.office_by_edit.setPlaceholderText(QCoreApplication.translate("TermApprovalsDialog", u"the name of the person who approved", None))
        self.office_check.setText(QCoreApplication.translate("TermApprovalsDialog", u"Da&te:", None))
    # retranslateUi

