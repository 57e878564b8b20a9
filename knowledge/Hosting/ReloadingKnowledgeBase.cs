using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace SupportBot.Knowledge;

/// <summary>
/// Serves the last good snapshot from <see cref="IMemoryCache"/> and reloads when a file changes
/// (change token, plus polling of file stamps where change notifications do not arrive).
/// A failing reload is logged per error and shown in <see cref="KnowledgeHealth"/>; a broken file keeps serving its
/// last good version while the other files' good edits go live (the whole old snapshot only when nothing else builds).
/// </summary>
public sealed partial class ReloadingKnowledgeBase : IKnowledgeBase, IDisposable
{
    private static readonly object CacheKey = new();

    private readonly IMemoryCache _cache;
    private readonly KnowledgeHealth _health;
    private readonly ILogger<ReloadingKnowledgeBase> _logger;
    private readonly KnowledgeOptions _options;
    private readonly Lock _reloadLock = new();
    private readonly PhysicalFileProvider? _fileProvider;
    private readonly IDisposable? _changeSubscription;
    private readonly Timer? _pollTimer;
    private readonly Timer _debounceTimer;
    private KnowledgeSnapshot _lastGood;
    private IReadOnlyDictionary<string, string>? _lastGoodTexts;
    private string _fingerprint;
    private bool _disposed;

    public ReloadingKnowledgeBase(
        IOptions<KnowledgeOptions> options,
        IMemoryCache cache,
        KnowledgeHealth health,
        ILogger<ReloadingKnowledgeBase> logger,
        IHostEnvironment? environment = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _cache = cache;
        _health = health;
        _logger = logger;
        Directory = KnowledgeDirectoryLocator.Resolve(_options.Directory, environment?.ContentRootPath);

        _fingerprint = Fingerprint();
        var result = KnowledgeLoader.Load(Directory);
        if (result.Snapshot is null)
        {
            foreach (var error in result.Errors)
            {
                LogLoadError(error.ToString());
            }

            throw new InvalidOperationException(
                "The knowledge files are invalid; the bot cannot start without them:" + Environment.NewLine +
                string.Join(Environment.NewLine, result.Errors));
        }

        _lastGood = result.Snapshot;
        _lastGoodTexts = result.Texts;
        Store(result.Snapshot);
        _health.Loaded(result.Snapshot.Version, Directory, DateTimeOffset.UtcNow, initial: true);
        LogLoaded(result.Snapshot.Version, Directory);

        _debounceTimer = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        if (_options.WatchForChanges)
        {
            if (_options.UseFileSystemEvents)
            {
                (_fileProvider, _changeSubscription) = WatchFiles();
            }

            // Without change notifications, polling is the only way to see edits: never leave it off then.
            var pollInterval = _options.PollIntervalMilliseconds > 0 ? _options.PollIntervalMilliseconds : _changeSubscription is null ? 400 : 0;
            if (pollInterval > 0)
            {
                _pollTimer = new Timer(_ => Poll(), null, pollInterval, pollInterval);
            }
        }
    }

    /// <summary>The resolved content directory.</summary>
    public string Directory { get; }

    public KnowledgeSnapshot Current =>
        _cache.TryGetValue(CacheKey, out KnowledgeSnapshot? snapshot) && snapshot is not null ? snapshot : Volatile.Read(ref _lastGood);

    /// <summary>Loads the directory now; on success the new snapshot serves at once, on failure the old one stays.</summary>
    public KnowledgeLoadResult Reload()
    {
        lock (_reloadLock)
        {
            if (_disposed)
            {
                return new KnowledgeLoadResult(Current, []);
            }

            _fingerprint = Fingerprint();
            var result = KnowledgeLoader.Load(Directory, _lastGoodTexts);
            var now = DateTimeOffset.UtcNow;
            if (result.Snapshot is null)
            {
                foreach (var error in result.Errors)
                {
                    LogReloadError(error.ToString());
                }

                _health.ReloadFailed(result.Errors, now);
                LogReloadKept(result.Errors.Count, Current.Version);
                KnowledgeMetrics.Reloaded("failed");
                return result;
            }

            _lastGoodTexts = result.Texts;
            if (result.Snapshot.Version != Current.Version || !_health.IsHealthy)
            {
                Volatile.Write(ref _lastGood, result.Snapshot);
                Store(result.Snapshot);
                _health.Loaded(result.Snapshot.Version, Directory, now, initial: false);
                LogReloaded(result.Snapshot.Version);
                KnowledgeMetrics.Reloaded(result.Partial ? "partial" : "loaded");
            }
            else
            {
                KnowledgeMetrics.Reloaded(result.Partial ? "partial" : "unchanged");
            }

            // Some files are still on their last good version: the good edits serve, the errors stay visible.
            if (result.Partial)
            {
                foreach (var error in result.Errors)
                {
                    LogReloadError(error.ToString());
                }

                _health.ReloadFailed(result.Errors, now);
            }

            return result;
        }
    }

    public void Dispose()
    {
        lock (_reloadLock)
        {
            _disposed = true;
        }

        _changeSubscription?.Dispose();
        _pollTimer?.Dispose();
        _debounceTimer.Dispose();
        _fileProvider?.Dispose();
    }

    private (PhysicalFileProvider?, IDisposable?) WatchFiles()
    {
        var provider = new PhysicalFileProvider(Directory);
        try
        {
            return (provider, ChangeToken.OnChange(() => provider.Watch("*.yaml"), ScheduleReload));
        }
        catch (Exception ex) when (ex is IOException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            // For example the inotify instance limit: polling takes over.
            provider.Dispose();
            LogWatchUnavailable(ex.Message);
            return (null, null);
        }
    }

    private void Store(KnowledgeSnapshot snapshot) =>
        _cache.Set(CacheKey, snapshot, new MemoryCacheEntryOptions { Priority = CacheItemPriority.NeverRemove });

    private void ScheduleReload()
    {
        try
        {
            _debounceTimer.Change(_options.DebounceMilliseconds, Timeout.Infinite);
        }
        catch (ObjectDisposedException)
        {
            // Disposed while a change was arriving: nothing to reload any more.
        }
    }

    private void Poll()
    {
        if (Fingerprint() != Volatile.Read(ref _fingerprint))
        {
            ScheduleReload();
        }
    }

    /// <summary>Names, sizes and write times of the YAML files: cheap enough to compare several times a second.</summary>
    private string Fingerprint()
    {
        try
        {
            return string.Join('|', new DirectoryInfo(Directory).GetFiles("*.yaml")
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .Select(f => $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge base {Version} loaded from {Directory}")]
    private partial void LogLoaded(string version, string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "File change notifications unavailable ({Reason}); polling the knowledge files instead")]
    private partial void LogWatchUnavailable(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge base reloaded: {Version}")]
    private partial void LogReloaded(string version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge file error: {KnowledgeError}")]
    private partial void LogLoadError(string knowledgeError);

    [LoggerMessage(Level = LogLevel.Error, Message = "Knowledge reload error: {KnowledgeError}")]
    private partial void LogReloadError(string knowledgeError);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge reload failed with {ErrorCount} errors; still serving {Version}")]
    private partial void LogReloadKept(int errorCount, string version);
}
