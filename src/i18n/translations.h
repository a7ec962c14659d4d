// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Upskill {

// Installs the program's translations on the running application: the file for the user's
// language when there is one (German), over the English file, which writes out the singular and
// plural of every "%n ...(s)" text. C and POSIX locales, as in tests and CI, read English.
void installTranslations();

} // namespace Upskill
