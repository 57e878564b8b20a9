using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace SupportBot.Knowledge.Benchmarks;

/// <summary>
/// From a lead saving a valid edit to the bot answering with it (file watcher or polling, then a full reload),
/// with the default options the host uses. The target is under one second.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, warmupCount: 1, iterationCount: 10, invocationCount: 1)]
public class HotReloadLatencyBenchmarks : IDisposable
{
    private string _root = null!;
    private string _directory = null!;
    private MemoryCache _cache = null!;
    private ReloadingKnowledgeBase _knowledgeBase = null!;
    private int _edits;

    [GlobalSetup]
    public void Setup()
    {
        // A copy of knowledge/ (content beside its schemas, as the files reference them).
        _root = Directory.CreateTempSubdirectory("supportbot-reload-bench-").FullName;
        var source = Directory.GetParent(KnowledgeDirectoryLocator.Resolve(null))!.FullName;
        foreach (var folder in new[] { "content", "schemas" })
        {
            Directory.CreateDirectory(Path.Combine(_root, folder));
            foreach (var file in Directory.GetFiles(Path.Combine(source, folder)))
            {
                File.Copy(file, Path.Combine(_root, folder, Path.GetFileName(file)));
            }
        }

        _directory = Path.Combine(_root, "content");

        _cache = new MemoryCache(new MemoryCacheOptions());
        _knowledgeBase = new ReloadingKnowledgeBase(
            Options.Create(new KnowledgeOptions { Directory = _directory }), _cache, new KnowledgeHealth(), NullLogger<ReloadingKnowledgeBase>.Instance);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _knowledgeBase?.Dispose();
        _cache?.Dispose();
        if (_root is not null)
        {
            Directory.Delete(_root, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public string SavedEditGoesLive()
    {
        var before = _knowledgeBase.Current.Version;
        var path = Path.Combine(_directory, "faq.yaml");
        File.AppendAllText(path, $"{Environment.NewLine}# edit {++_edits}{Environment.NewLine}");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_knowledgeBase.Current.Version == before)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The edit did not go live within 10 s.");
            }

            Thread.Sleep(5);
        }

        return _knowledgeBase.Current.Version;
    }
}
