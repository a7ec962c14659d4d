// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per layer so a user can turn on e.g. QT_LOGGING_RULES="upskill.storage.debug=true".
Q_DECLARE_LOGGING_CATEGORY(StorageLog)
Q_DECLARE_LOGGING_CATEGORY(IoLog)
Q_DECLARE_LOGGING_CATEGORY(ModelsLog)
Q_DECLARE_LOGGING_CATEGORY(ViewsLog)
Q_DECLARE_LOGGING_CATEGORY(AppLog)
Q_DECLARE_LOGGING_CATEGORY(DemoLog)
