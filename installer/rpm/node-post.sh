# SPDX-License-Identifier: GPL-3.0-or-later
# fairstart-node (RPM %post; $1 is 1 on install, 2 on upgrade): service user and data directory.
if ! getent passwd fairstart-node >/dev/null; then
    if command -v systemd-sysusers >/dev/null 2>&1; then
        systemd-sysusers /usr/lib/sysusers.d/fairstart-node.conf
    else
        useradd --system --user-group --home-dir /var/lib/fairstart-node --no-create-home \
            --shell /sbin/nologin --comment "Fairstart data-site node" fairstart-node
    fi
fi
if [ ! -d /var/lib/fairstart-node ]; then
    install -d -o fairstart-node -g fairstart-node -m 0750 /var/lib/fairstart-node
fi
if [ -d /run/systemd/system ]; then
    systemctl daemon-reload >/dev/null 2>&1 || :
    if [ "$1" -ge 2 ]; then
        systemctl try-restart fairstart-node.service >/dev/null 2>&1 || :
    fi
fi
