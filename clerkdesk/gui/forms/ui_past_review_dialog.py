# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'past_review_dialog.ui'
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
    QFormLayout, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from clerkdesk.gui.widgets.date_field import DateField

class Ui_PastReviewDialog(object):
    def setupUi(self, PastReviewDialog):
        if not PastReviewDialog.objectName():
            PastReviewDialog.setObjectName(u"PastReviewDialog")
        PastReviewDialog.resize(900, 600)
        self.dialog_layout = QVBoxLayout(PastReviewDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.explanation_label = QLabel(PastReviewDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setText(u"\u2026")
        self.explanation_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.explanation_label)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.on_label = QLabel(PastReviewDialog)
        self.on_label.setObjectName(u"on_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.on_label)

        self.on_date = DateField(PastReviewDialog)
        self.on_date.setObjectName(u"on_date")
        self.on_date.setMaximumSize(QSize(170, 16777215))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.on_date)

        self.on_error = QLabel(PastReviewDialog)
        self.on_error.setObjectName(u"on_error")
        self.on_error.setText(u"")
        self.on_error.setWordWrap(True)
        self.on_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.on_error)

        self.reviewer_label = QLabel(PastReviewDialog)
        self.reviewer_label.setObjectName(u"reviewer_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reviewer_label)

        self.reviewer_edit = QLineEdit(PastReviewDialog)
        self.reviewer_edit.setObjectName(u"reviewer_edit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reviewer_edit)

        self.reviewer_error = QLabel(PastReviewDialog)
        self.reviewer_error.setObjectName(u"reviewer_error")
        self.reviewer_error.setText(u"")
        self.reviewer_error.setWordWrap(True)
        self.reviewer_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reviewer_error)


        self.dialog_layout.addLayout(self.form)

        self.decisions_layout = QHBoxLayout()
        self.decisions_layout.setObjectName(u"decisions_layout")
        self.decisions_label = QLabel(PastReviewDialog)
        self.decisions_label.setObjectName(u"decisions_label")

        self.decisions_layout.addWidget(self.decisions_label)

        self.decisions_spacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisions_layout.addItem(self.decisions_spacer)

        self.keep_all_button = QPushButton(PastReviewDialog)
        self.keep_all_button.setObjectName(u"keep_all_button")
        self.keep_all_button.setAutoDefault(False)

        self.decisions_layout.addWidget(self.keep_all_button)


        self.dialog_layout.addLayout(self.decisions_layout)

        self.decisions_error = QLabel(PastReviewDialog)
        self.decisions_error.setObjectName(u"decisions_error")
        self.decisions_error.setText(u"")
        self.decisions_error.setWordWrap(True)
        self.decisions_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.decisions_error)

        self.scroll_area = QScrollArea(PastReviewDialog)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.lines_widget = QWidget()
        self.lines_widget.setObjectName(u"lines_widget")
        self.lines_widget.setGeometry(QRect(0, 0, 860, 300))
        self.lines_layout = QGridLayout(self.lines_widget)
        self.lines_layout.setObjectName(u"lines_layout")
        self.scroll_area.setWidget(self.lines_widget)

        self.dialog_layout.addWidget(self.scroll_area)

        self.form_error = QLabel(PastReviewDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error)

        self.button_box = QDialogButtonBox(PastReviewDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.on_label.setBuddy(self.on_date)
        self.reviewer_label.setBuddy(self.reviewer_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.on_date, self.reviewer_edit)
        QWidget.setTabOrder(self.reviewer_edit, self.keep_all_button)
        QWidget.setTabOrder(self.keep_all_button, self.scroll_area)

        self.retranslateUi(PastReviewDialog)
        self.button_box.accepted.connect(PastReviewDialog.accept)
        self.button_box.rejected.connect(PastReviewDialog.reject)

        QMetaObject.connectSlotsByName(PastReviewDialog)
    # setupUi

    def retranslateUi(self, PastReviewDialog):
        PastReviewDialog.setWindowTitle(QCoreApplication.translate("PastReviewDialog", u"Enter a past access review", None))
        self.on_label.setText(QCoreApplication.translate("PastReviewDialog", u"&Done on:", None))
#if QT_CONFIG(tooltip)
        self.on_date.setToolTip(QCoreApplication.translate("PastReviewDialog", u"The day the department head signed the worksheet; its removals end that day", None))
#endif // QT_CONFIG(tooltip)
        self.reviewer_label.setText(QCoreApplication.translate("PastReviewDialog", u"&Reviewer:", None))
        self.decisions_label.setText(QCoreApplication.translate("PastReviewDialog", u"Who had access that day, and the decisions marked on the signed worksheet:", None))
        self.keep_all_button.setText(QCoreApplication.translate("PastReviewDialog", u"&Keep all", None))
#if QT_CONFIG(tooltip)
        self.keep_all_button.setToolTip(QCoreApplication.translate("PastReviewDialog", u"Mark every line Keep; then change those removed", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

