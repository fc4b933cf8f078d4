# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_detail_dialog.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from clerkdesk.gui.widgets.table_view import RecordTableView

class Ui_PersonDetailDialog(object):
    def setupUi(self, PersonDetailDialog):
        if not PersonDetailDialog.objectName():
            PersonDetailDialog.setObjectName(u"PersonDetailDialog")
        PersonDetailDialog.resize(1000, 560)
        self.dialog_layout = QVBoxLayout(PersonDetailDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.title_label = QLabel(PersonDetailDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setText(u"")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.title_label)

        self.details_label = QLabel(PersonDetailDialog)
        self.details_label.setObjectName(u"details_label")
        self.details_label.setText(u"")
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.details_label)

        self.terms_label = QLabel(PersonDetailDialog)
        self.terms_label.setObjectName(u"terms_label")

        self.dialog_layout.addWidget(self.terms_label)

        self.terms_table = RecordTableView(PersonDetailDialog)
        self.terms_table.setObjectName(u"terms_table")

        self.dialog_layout.addWidget(self.terms_table)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.open_account_button = QPushButton(PersonDetailDialog)
        self.open_account_button.setObjectName(u"open_account_button")
        self.open_account_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.open_account_button)

        self.edit_button = QPushButton(PersonDetailDialog)
        self.edit_button.setObjectName(u"edit_button")
        self.edit_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.edit_button)

        self.separate_button = QPushButton(PersonDetailDialog)
        self.separate_button.setObjectName(u"separate_button")
        self.separate_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.separate_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)


        self.dialog_layout.addLayout(self.buttons_layout)

        self.button_box = QDialogButtonBox(PersonDetailDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialog_layout.addWidget(self.button_box)

        self.dialog_layout.setStretch(3, 1)
        QWidget.setTabOrder(self.terms_table, self.open_account_button)
        QWidget.setTabOrder(self.open_account_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.separate_button)

        self.retranslateUi(PersonDetailDialog)
        self.button_box.rejected.connect(PersonDetailDialog.reject)

        QMetaObject.connectSlotsByName(PersonDetailDialog)
    # setupUi

    def retranslateUi(self, PersonDetailDialog):
        PersonDetailDialog.setWindowTitle(QCoreApplication.translate("PersonDetailDialog", u"Person", None))
        self.terms_label.setText(QCoreApplication.translate("PersonDetailDialog", u"Accounts they hold and held:", None))
        self.open_account_button.setText(QCoreApplication.translate("PersonDetailDialog", u"&Open account", None))
        self.edit_button.setText(QCoreApplication.translate("PersonDetailDialog", u"&Edit person\u2026", None))
        self.separate_button.setText(QCoreApplication.translate("PersonDetailDialog", u"&Separate\u2026", None))
    # retranslateUi

