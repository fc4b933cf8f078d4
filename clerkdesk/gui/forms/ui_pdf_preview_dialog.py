# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pdf_preview_dialog.ui'
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
    QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PdfPreviewDialog(object):
    def setupUi(self, PdfPreviewDialog):
        if not PdfPreviewDialog.objectName():
            PdfPreviewDialog.setObjectName(u"PdfPreviewDialog")
        PdfPreviewDialog.resize(820, 720)
        self.dialog_layout = QVBoxLayout(PdfPreviewDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.info_label = QLabel(PdfPreviewDialog)
        self.info_label.setObjectName(u"info_label")
        self.info_label.setText(u"\u2026")
        self.info_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.info_label)

        self.scroll_area = QScrollArea(PdfPreviewDialog)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.pages_widget = QWidget()
        self.pages_widget.setObjectName(u"pages_widget")
        self.pages_widget.setGeometry(QRect(0, 0, 780, 560))
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(12)
        self.pages_layout.setObjectName(u"pages_layout")
        self.scroll_area.setWidget(self.pages_widget)

        self.dialog_layout.addWidget(self.scroll_area)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.print_button = QPushButton(PdfPreviewDialog)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.print_button)

        self.save_button = QPushButton(PdfPreviewDialog)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.save_button)

        self.open_button = QPushButton(PdfPreviewDialog)
        self.open_button.setObjectName(u"open_button")
        self.open_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.open_button)

        self.buttons_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.button_box = QDialogButtonBox(PdfPreviewDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.buttons_layout.addWidget(self.button_box)


        self.dialog_layout.addLayout(self.buttons_layout)

        QWidget.setTabOrder(self.scroll_area, self.print_button)
        QWidget.setTabOrder(self.print_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.open_button)

        self.retranslateUi(PdfPreviewDialog)
        self.button_box.rejected.connect(PdfPreviewDialog.reject)

        QMetaObject.connectSlotsByName(PdfPreviewDialog)
    # setupUi

    def retranslateUi(self, PdfPreviewDialog):
        PdfPreviewDialog.setWindowTitle(QCoreApplication.translate("PdfPreviewDialog", u"Print preview", None))
        self.print_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Print\u2026", None))
        self.save_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"Save &as\u2026", None))
        self.open_button.setText(QCoreApplication.translate("PdfPreviewDialog", u"&Open in PDF viewer", None))
    # retranslateUi

