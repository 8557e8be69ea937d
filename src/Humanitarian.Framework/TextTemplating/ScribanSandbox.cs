using System.Collections.Concurrent;
using System.Text.Json;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Humanitarian.Framework.TextTemplating;

/// <summary>A template's content that does not parse, or that failed while rendering (a limit, the timeout).</summary>
public sealed class TemplateRenderingException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Scriban as a tenant's template may use it. A tenant edits templates on a page, so a template is
/// untrusted code: it sees the model as plain data (objects, lists, strings, numbers, no .NET object
/// whose members or methods it could reach), cannot include other files, and is stopped by loop,
/// recursion and output limits and by a timeout, so it cannot hang or exhaust the server.
/// </summary>
public static class ScribanSandbox
{
    public const int LoopLimit = 1_000;
    public const int RecursiveLimit = 20;
    public const int OutputLimit = 512 * 1024;
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private static readonly JsonSerializerOptions ModelJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Parsed contents by their text: a reminder run renders the same template and layout for thousands of
    /// e-mails, and parsing them again each time was most of the rendering. A parsed template is only read
    /// while rendering (each render has a context of its own), so renders may share it. Bounded, since each
    /// edit of a tenant's template is a new text.
    /// </summary>
    private static readonly ConcurrentDictionary<string, Template> Parsed = new();

    private const int MaxParsed = 256;

    /// <summary>The parse errors of a content, empty when it parses.</summary>
    public static IReadOnlyList<string> GetErrors(string content) =>
        Template.Parse(content).Messages.Where(m => m.Type == ParserMessageType.Error).Select(m => m.ToString()).ToList();

    /// <param name="variables">Globals beside <c>model</c>, e.g. a layout's <c>content</c>; plain values only.</param>
    public static async Task<string> RenderAsync(
        string content, object? model, IReadOnlyDictionary<string, string>? variables = null, TimeSpan? timeout = null)
    {
        var template = Parse(content);
        if (template.HasErrors)
        {
            throw new TemplateRenderingException(string.Join("; ", GetErrors(content)));
        }
        using var cancellation = new CancellationTokenSource(timeout ?? Timeout);
        var globals = new ScriptObject { ["model"] = ToScriptValue(model is null ? null : JsonSerializer.SerializeToElement(model, ModelJson)) };
        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
        {
            globals[name] = value;
        }
        var context = new TemplateContext
        {
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = TimeSpan.FromMilliseconds(200),
            // Nothing but plain data reaches the template; this refuses reflection should anything else slip in.
            MemberFilter = _ => false,
            TemplateLoader = null,
            CancellationToken = cancellation.Token,
        };
        context.PushGlobal(globals);
        try
        {
            return await template.RenderAsync(context);
        }
        catch (Exception exception) when (exception is ScriptRuntimeException or ScriptAbortException or OperationCanceledException)
        {
            throw new TemplateRenderingException(
                cancellation.IsCancellationRequested ? "The template took too long to render." : exception.Message, exception);
        }
    }

    private static Template Parse(string content)
    {
        if (Parsed.TryGetValue(content, out var parsed))
        {
            return parsed;
        }
        if (Parsed.Count >= MaxParsed)
        {
            Parsed.Clear();
        }
        return Parsed[content] = Template.Parse(content);
    }

    /// <summary>JSON of the model, as the API would write it, turned into Scriban's own objects and lists.</summary>
    private static object? ToScriptValue(JsonElement? element) => element switch
    {
        null => null,
        { ValueKind: JsonValueKind.Object } e => ToScriptObject(e),
        { ValueKind: JsonValueKind.Array } e => new ScriptArray(e.EnumerateArray().Select(i => ToScriptValue(i))),
        { ValueKind: JsonValueKind.String } e => e.GetString(),
        { ValueKind: JsonValueKind.Number } e => e.TryGetInt64(out var l) ? l : e.GetDecimal(),
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => null,
    };

    private static ScriptObject ToScriptObject(JsonElement element)
    {
        var result = new ScriptObject();
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = ToScriptValue(property.Value);
        }
        return result;
    }
}
