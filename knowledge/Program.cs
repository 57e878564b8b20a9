using SupportBot.Knowledge;

var result = KnowledgeLoader.Load(args.Length > 0 ? args[0] : "knowledge/content");
foreach (var error in result.Errors)
{
    Console.WriteLine(error);
}

Console.WriteLine(result.Snapshot?.Version ?? "FAILED");
return result.Succeeded ? 0 : 1;
