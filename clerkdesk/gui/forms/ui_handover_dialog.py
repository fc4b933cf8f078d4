# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_HandoverDialog(object):
    def setupUi(self, HandoverDialog):
        if not HandoverDialog.objectName():
            HandoverDialog.setObjectName(u"HandoverDialog")
        HandoverDialog.resize(600, 100)
        self.dialog_layout = QVBoxLayout(HandoverDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.explanation_label = QLabel(HandoverDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setText(u"\u2026")
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextFormat(Qt.TextFormat.RichText)

        self.dialog_layout.addWidget(self.explanation_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.file_label = QLabel(HandoverDialog)
        self.file_label.setObjectName(u"file_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(HandoverDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(HandoverDialog)
        self.browse_button.setObjectName(u"browse_button")
        self.browse_button.setAutoDefault(False)

        self.file_layout.addWidget(self.browse_button)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.file_layout)

        self.file_error = QLabel(HandoverDialog)
        self.file_error.setObjectName(u"file_error")
        self.file_error.setText(u"")
        self.file_error.setWordWrap(True)
        self.file_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.file_error)

        self.passphrase_label = QLabel(HandoverDialog)
        self.passphrase_label.setObjectName(u"passphrase_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphrase_label)

        self.passphrase_edit = QLineEdit(HandoverDialog)
        self.passphrase_edit.setObjectName(u"passphrase_edit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphrase_edit)

        self.passphrase_error = QLabel(HandoverDialog)
        self.passphrase_error.setObjectName(u"passphrase_error")
        self.passphrase_error.setText(u"")
        self.passphrase_error.setWordWrap(True)
        self.passphrase_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passphrase_error)

        self.again_label = QLabel(HandoverDialog)
        self.again_label.setObjectName(u"again_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.again_label)

        self.again_edit = QLineEdit(HandoverDialog)
        self.again_edit.setObjectName(u"again_edit")
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.again_edit)

        self.again_error = QLabel(HandoverDialog)
        self.again_error.setObjectName(u"again_error")
        self.again_error.setText(u"")
        self.again_error.setWordWrap(True)
        self.again_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.again_error)


        self.dialog_layout.addLayout(self.form)

        self.form_error = QLabel(HandoverDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(HandoverDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.file_label.setBuddy(self.file_edit)
        self.passphrase_label.setBuddy(self.passphrase_edit)
        self.again_label.setBuddy(self.again_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.file_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.passphrase_edit)
        QWidget.setTabOrder(self.passphrase_edit, self.again_edit)

        self.retranslateUi(HandoverDialog)
        self.button_box.accepted.connect(HandoverDialog.accept)
        self.button_box.rejected.connect(HandoverDialog.reject)

        QMetaObject.connectSlotsByName(HandoverDialog)
    # setupUi

    def retranslateUi(self, HandoverDialog):
        HandoverDialog.setWindowTitle(QCoreApplication.translate("HandoverDialog", u"Credential handover file", None))
        self.file_label.setText(QCoreApplication.translate("HandoverDialog", u"&File:", None))
        self.browse_button.setText(QCoreApplication.translate("HandoverDialog", u"&Browse\u2026", None))
        self.passphrase_label.setText(QCoreApplication.translate("HandoverDialog", u"&Passphrase:", None))
        self.again_label.setText(QCoreApplication.translate("HandoverDialog", u"Passphrase &again:", None))
    # retranslateUi

