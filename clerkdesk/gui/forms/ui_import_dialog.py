# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(600, 100)
        self.dialog_layout = QVBoxLayout(ImportDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_label = QLabel(ImportDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ImportDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.import_file_label = QLabel(ImportDialog)
        self.import_file_label.setObjectName(u"import_file_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.import_file_label)

        self.import_file_layout = QHBoxLayout()
        self.import_file_layout.setObjectName(u"import_file_layout")
        self.file_edit = QLineEdit(ImportDialog)
        self.file_edit.setObjectName(u"file_edit")

        self.import_file_layout.addWidget(self.file_edit)

        self.browse_button = QPushButton(ImportDialog)
        self.browse_button.setObjectName(u"browse_button")

        self.import_file_layout.addWidget(self.browse_button)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.import_file_layout)

        self.file_error = QLabel(ImportDialog)
        self.file_error.setObjectName(u"file_error")
        self.file_error.setText(u"")
        self.file_error.setWordWrap(True)
        self.file_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.file_error)


        self.dialog_layout.addLayout(self.form)

        self.kind_note = QLabel(ImportDialog)
        self.kind_note.setObjectName(u"kind_note")
        self.kind_note.setText(u"")
        self.kind_note.setWordWrap(True)
        self.kind_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.kind_note)

        self.columns_label = QLabel(ImportDialog)
        self.columns_label.setObjectName(u"columns_label")
        self.columns_label.setText(u"")
        self.columns_label.setWordWrap(True)
        self.columns_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.columns_label)

        self.problems_label = QLabel(ImportDialog)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setText(u"")
        self.problems_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.problems_label)

        self.problems_list = QListWidget(ImportDialog)
        self.problems_list.setObjectName(u"problems_list")
        self.problems_list.setMinimumSize(QSize(0, 140))
        self.problems_list.setAlternatingRowColors(True)

        self.dialog_layout.addWidget(self.problems_list)

        self.retry_layout = QHBoxLayout()
        self.retry_layout.setObjectName(u"retry_layout")
        self.retry_button = QPushButton(ImportDialog)
        self.retry_button.setObjectName(u"retry_button")

        self.retry_layout.addWidget(self.retry_button)

        self.retry_spacer = QSpacerItem(0, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retry_layout.addItem(self.retry_spacer)


        self.dialog_layout.addLayout(self.retry_layout)

        self.dry_run_check = QCheckBox(ImportDialog)
        self.dry_run_check.setObjectName(u"dry_run_check")

        self.dialog_layout.addWidget(self.dry_run_check)

        self.form_error = QLabel(ImportDialog)
        self.form_error.setObjectName(u"form_error")
        self.form_error.setText(u"")
        self.form_error.setWordWrap(True)
        self.form_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.form_error)

        self.bottom_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialog_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ImportDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.import_file_label.setBuddy(self.file_edit)
        self.problems_label.setBuddy(self.problems_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.file_edit)
        QWidget.setTabOrder(self.file_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.problems_list)
        QWidget.setTabOrder(self.problems_list, self.retry_button)
        QWidget.setTabOrder(self.retry_button, self.dry_run_check)

        self.retranslateUi(ImportDialog)
        self.button_box.accepted.connect(ImportDialog.accept)
        self.button_box.rejected.connect(ImportDialog.reject)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import CSV", None))
        self.kind_label.setText(QCoreApplication.translate("ImportDialog", u"&Import:", None))
        self.import_file_label.setText(QCoreApplication.translate("ImportDialog", u"&From file:", None))
        self.browse_button.setText(QCoreApplication.translate("ImportDialog", u"&Browse\u2026", None))
        self.retry_button.setText(QCoreApplication.translate("ImportDialog", u"&Try again", None))
#if QT_CONFIG(tooltip)
        self.retry_button.setToolTip(QCoreApplication.translate("ImportDialog", u"Read the file again, as it is now, and import it", None))
#endif // QT_CONFIG(tooltip)
        self.dry_run_check.setText(QCoreApplication.translate("ImportDialog", u"&Check the file only; change nothing", None))
    # retranslateUi

