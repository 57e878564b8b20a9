using BenchmarkDotNet.Running;
using SupportBot.Dialogs.Benchmarks;

// dotnet run -c Release --project bench/SupportBot.Dialogs.Benchmarks -- --filter '*' --job short --inProcess
// dotnet run -c Release --project bench/SupportBot.Dialogs.Benchmarks -- stories [folder] [--failures]
if (args.FirstOrDefault() == "stories")
{
    return await StoryBenchmark.RunAsync(args);
}

// dotnet run -c Release --project bench/SupportBot.Dialogs.Benchmarks -- models: intent and FAQ models, writer held out
if (args.FirstOrDefault() == "models")
{
    return ModelComparison.Run();
}

// dotnet run --project bench/SupportBot.Dialogs.Benchmarks -- answers "question" [en]: the passages that would answer it
if (args.FirstOrDefault() == "answers")
{
    var knowledge = new RepositoryKnowledgeBase().Current;
    var language = args.ElementAtOrDefault(2) ?? "ja";
    var text = SupportBot.Understanding.JapaneseReadings.Canonical(args[1], knowledge.Vocabulary);
    Console.WriteLine(text + " → " + (SupportBot.Dialogs.Answering.QuestionAnswerer.Find(text, knowledge, language)?.Id ?? "(none)"));
    var recognized = SupportBot.Understanding.RecognizedTurn.From(new SupportBot.Understanding.OfflineRecognizer(new RepositoryKnowledgeBase()).Recognize(text, language == "en" ? "en-US" : "ja-JP", DateTimeOffset.Now));
    var reading = SupportBot.Understanding.TurnReader.Read(text, recognized, knowledge);
    Console.WriteLine($"  reading: {reading.Acts} {reading.Turn.Intent} {reading.Turn.Score:F2} order={reading.Turn.OrderNumber} stage={reading.Turn.Stage} seller={reading.Turn.Seller} payment={reading.Turn.PaymentMethod} days={reading.Turn.DaysAgo} oos={reading.OutOfScopeTopic?.Id}");
    foreach (var (passage, score) in SupportBot.Dialogs.Answering.AnswerIndex.Rank(text, knowledge, language).Take(4))
    {
        Console.WriteLine($"  {score:F2} {passage.Id}");
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
