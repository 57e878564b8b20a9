using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/SupportBot.Dialogs.Benchmarks -- --filter '*' --job short --inProcess
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
