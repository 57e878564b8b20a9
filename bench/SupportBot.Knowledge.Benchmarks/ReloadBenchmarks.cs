using BenchmarkDotNet.Attributes;

namespace SupportBot.Knowledge.Benchmarks;

/// <summary>A full reload: read 14 YAML files, check them against their schemas, compile the snapshot.</summary>
[MemoryDiagnoser]
public class ReloadBenchmarks
{
    private readonly string _directory = KnowledgeDirectoryLocator.Resolve(null);

    [Benchmark]
    public KnowledgeLoadResult FullReload() => KnowledgeLoader.Load(_directory);
}
