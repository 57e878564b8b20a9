# Sourced by scripts/test.sh: test hosts do not watch appsettings*.json for changes (no test edits them).
# Each watcher costs an inotify instance, and the user's limit (often 128) is shared by every process of the
# user: with dozens of in-memory hosts in parallel, "The configured user limit (128) on the number of inotify
# instances has been reached" failed host start-ups. The knowledge files keep their own watcher (hot reload).
export DOTNET_hostBuilder__reloadConfigOnChange=false
