// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(StorageLog, "upskill.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(IoLog, "upskill.io", QtWarningMsg)
Q_LOGGING_CATEGORY(ModelsLog, "upskill.models", QtWarningMsg)
Q_LOGGING_CATEGORY(ViewsLog, "upskill.views", QtWarningMsg)
Q_LOGGING_CATEGORY(AppLog, "upskill.app", QtWarningMsg)
Q_LOGGING_CATEGORY(DemoLog, "upskill.demo", QtWarningMsg)
