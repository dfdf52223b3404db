# SPDX-License-Identifier: GPL-3.0-or-later
# fairstart-node (RPM %postun): the site store in /var/lib/fairstart-node and the user are kept.
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
fi
