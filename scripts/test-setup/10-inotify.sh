# The tests start many in-process and real hosts; each watches files (appsettings, knowledge/content) with inotify.
# Debian's default of 128 inotify instances per user is shared by every process of the user and runs out when
# several test projects run at once; raise it for this machine when we may (CI runs as root), else say so.
want=1024
have="$(cat /proc/sys/fs/inotify/max_user_instances 2>/dev/null || echo "$want")"
if [ "$have" -lt "$want" ]; then
  if [ "$(id -u)" -eq 0 ] && echo "$want" > /proc/sys/fs/inotify/max_user_instances 2>/dev/null; then
    echo "fs.inotify.max_user_instances: $have -> $want"
  else
    echo "warning: fs.inotify.max_user_instances is $have; host start-ups may fail when many tests run at once" >&2
  fi
fi
