using SupportBot.Bot.AgentConsole.Analytics;
using SupportBot.Bot.AgentConsole.Api;
using SupportBot.Bot.AgentConsole.KnowledgeDesk;
using SupportBot.Bot.AgentConsole.Pages;
using SupportBot.Bot.AgentConsole;
using SupportBot.Bot.BotFrameworkEndpoint;
using SupportBot.Bot.DirectLine;
using SupportBot.Bot.Escalation;
using SupportBot.Bot.Handler;
using SupportBot.Bot.Health;
using SupportBot.Bot.Hosting;
using SupportBot.Bot.Operations;
using SupportBot.Bot.Pipeline;
using SupportBot.Bot.RateLimiting;
using SupportBot.Bot.Storage;
using SupportBot.Bot.Turns;
using SupportBot.Dialogs;
using SupportBot.Knowledge;

// SupportBot's host. A customer's message: channel (/api/messages: BotFrameworkEndpoint/; Direct Line: DirectLine/) → adapter (middleware: Pipeline/TurnPipeline.cs; errors)
// → SupportActivityHandler (Handler/) → MainDialog (dialogs/) → knowledge base (knowledge/) → reply.
// Settings are validated once at start; watching appsettings.json would put a recursive watcher on the content root,
// which sees every write of the SQLite file under data/.
LaunchEnvironment.Apply();                                      // the operator's ASPNETCORE_ENVIRONMENT wins over dotnet run's profile
var builder = WebApplication.CreateBuilder([.. args, "--hostBuilder:reloadConfigOnChange=false"]);
builder.AddRepositoryConfiguration(RepositoryPaths.Locate());   // appsettings.json at the repository root

builder.Services.AddKnowledgeBase(builder.Configuration);       // knowledge/content YAML, validated, hot reloaded
builder.Services.AddSupportDialogs(builder.Configuration);      // MainDialog, waterfalls, recognizer
builder.Services.AddTurns(builder.Configuration);               // host options, auth, adapter (turn middleware, errors), state
builder.Services.AddSupportActivityHandler();                   // the bot: welcome, relay to a person, MainDialog
builder.Services.AddBotMessages();                              // /api/messages body reader (400 with a reason)
builder.Services.AddSupportBotStorage(builder.Configuration);   // the SQLite/PostgreSQL database, its schema, bot state
builder.Services.AddTurnRecords();                              // one turn at a time, processed ids, masked transcripts
builder.Services.AddDirectLineChannel(builder.Configuration);   // Direct Line 3.0, tokens, the customer page
builder.Services.AddEscalation(builder.Configuration);          // tickets, hand-over to a person, webhook, figures
builder.Services.AddAgentConsole(builder.Configuration);        // /agent: agent sign-in, queue, live takeover
builder.Services.AddChannelRateLimits(builder.Configuration);   // 429 per client address and per Direct Line conversation
builder.Services.AddProxyHeaders(builder.Configuration);        // the customer's address behind Proxy:KnownProxies (none believed otherwise)
builder.Services.AddTransportSecurity();                        // HSTS outside Development
builder.Services.AddHealthReport(builder.Configuration);        // what /healthz shows, and to whom
builder.Services.AddSupportBotTelemetry(builder.Configuration); // meters → /metrics (this machine, or Metrics:ScrapeKey)
builder.Services.AddTurnPipeline();                             // every turn's middleware, in order, in one file
builder.Services.AddSupportBotAnalytics(builder.Configuration); // figures for support leads from the stored transcripts

var app = builder.Build();
app.UseProxyHeaders();                                          // X-Forwarded-* from Proxy:KnownProxies only, before anything reads the address
app.UseTransportSecurity();                                     // Strict-Transport-Security on HTTPS, outside Development
app.UseChannelRateLimits();                                     // 429 past RateLimits, before any channel endpoint runs
app.MapBotMessages();                                           // POST /api/messages (Emulator, Azure Bot Service)
app.MapHealth();                                                // GET /healthz
app.MapSupportBotMetrics();                                     // GET /metrics (Prometheus), loopback or scrape key
app.MapDirectLineChannel();                                     // GET / (Web Chat), /api/token, /v3/directline
app.MapAgentConsole();                                          // /agent (signed-in agents only)
app.MapAgentApi();                                              // /agent/api (the console's JSON and live events)
app.MapSupportBotAnalytics();                                   // /agent/analytics (+ .csv), signed-in agents only
app.MapKnowledgeDesk();                                         // /agent/knowledge: status, file check, examples from misses (leads)
app.Run();

/// <summary>The entry point, visible to in-memory host tests.</summary>
public partial class Program;
