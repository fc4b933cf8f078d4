# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signatures_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from clerkdesk.gui.widgets.date_field import DateField

class Ui_SignaturesDialog(object):
    def setupUi(self, SignaturesDialog):
        if not SignaturesDialog.objectName():
            SignaturesDialog.setObjectName(u"SignaturesDialog")
        SignaturesDialog.resize(560, 100)
        self.dialog_layout = QVBoxLayout(SignaturesDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.explanation_label = QLabel(SignaturesDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setText(u"\u2026")
        self.explanation_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.user_check = QCheckBox(SignaturesDialog)
        self.user_check.setObjectName(u"user_check")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.user_check)

        self.user_date = DateField(SignaturesDialog)
        self.user_date.setObjectName(u"user_date")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.user_date)

        self.user_signed_on_error = QLabel(SignaturesDialog)
        self.user_signed_on_error.setObjectName(u"user_signed_on_error")
        self.user_signed_on_error.setText(u"")
        self.user_signed_on_error.setWordWrap(True)
        self.user_signed_on_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.user_signed_on_error)

        self.director_check = QCheckBox(SignaturesDialog)
        self.director_check.setObjectName(u"director_check")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.director_check)

        self.director_date = DateField(SignaturesDialog)
        self.director_date.setObjectName(u"director_date")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.director_date)

        self.director_signed_on_error = QLabel(SignaturesDialog)
        self.director_signed_on_error.setObjectName(u"director_signed_on_error")
        self.director_signed_on_error.setText(u"")
        self.director_signed_on_error.setWordWrap(True)
        self.director_signed_on_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.director_signed_on_error)

        self.office_check = QCheckBox(SignaturesDialog)
        self.office_check.setObjectName(u"office_check")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.office_check)

        self.office_date = DateField(SignaturesDialog)
        self.office_date.setObjectName(u"office_date")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.office_date)

        self.office_signed_on_error = QLabel(SignaturesDialog)
        self.office_signed_on_error.setObjectName(u"office_signed_on_error")
        self.office_signed_on_error.setText(u"")
        self.office_signed_on_error.setWordWrap(True)
        self.office_signed_on_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.office_signed_on_error)


        self.dialog_layout.addLayout(self.form)

        self.form_error = QLabel(SignaturesDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(SignaturesDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

        QWidget.setTabOrder(self.user_check, self.user_date)
        QWidget.setTabOrder(self.user_date, self.director_check)
        QWidget.setTabOrder(self.director_check, self.director_date)
        QWidget.setTabOrder(self.director_date, self.office_check)
        QWidget.setTabOrder(self.office_check, self.office_date)

        self.retranslateUi(SignaturesDialog)
        self.button_box.accepted.connect(SignaturesDialog.accept)
        self.button_box.rejected.connect(SignaturesDialog.reject)

        QMetaObject.connectSlotsByName(SignaturesDialog)
    # setupUi

    def retranslateUi(self, SignaturesDialog):
        SignaturesDialog.setWindowTitle(QCoreApplication.translate("SignaturesDialog", u"Signatures of the agreement", None))
        self.user_check.setText(QCoreApplication.translate("SignaturesDialog", u"Signed by the &user on:", None))
        self.director_check.setText(QCoreApplication.translate("SignaturesDialog", u"Signed by the department &director on:", None))
        self.office_check.setText(QCoreApplication.translate("SignaturesDialog", u"Signed by the &office on:", None))
    # retranslateUi

