# SPDX-License-Identifier: GPL-3.0-or-later
# fairstart-node (RPM %preun; $1 is 0 on removal): stop the service before its program goes.
if [ "$1" -eq 0 ] && [ -d /run/systemd/system ]; then
    systemctl disable --now fairstart-node.service >/dev/null 2>&1 || :
fi
