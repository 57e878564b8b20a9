using System.Text;
using SupportBot.Knowledge.Cli;

// The support leads' tool: dotnet run --project knowledge -- validate | what-if | coverage | diff
Console.OutputEncoding = Encoding.UTF8;
return CliApp.Run(args, Console.Out, Console.Error);
