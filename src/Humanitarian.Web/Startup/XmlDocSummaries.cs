using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Humanitarian.Web.Startup;

/// <summary>
/// The <c>&lt;summary&gt;</c> of a type or method from its assembly's XML documentation file (written beside
/// it by GenerateDocumentationFile). ASP.NET Core's own XML support reads an action's method only; an
/// application service is documented on its interface in Contracts, which is read here.
/// </summary>
public static partial class XmlDocSummaries
{
    private static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, string>> Files = new();

    public static string? Of(Type type) => Find(type.Assembly, "T:" + Name(type));

    /// <summary>The method's own summary, else that of the interface method it implements.</summary>
    public static string? Of(MethodInfo method)
    {
        if (OfDeclared(method) is { } own)
        {
            return own;
        }
        var type = method.DeclaringType;
        foreach (var contract in type?.GetInterfaces() ?? [])
        {
            var map = type!.GetInterfaceMap(contract);
            var index = Array.IndexOf(map.TargetMethods, method);
            if (index >= 0 && OfDeclared(map.InterfaceMethods[index]) is { } inherited)
            {
                return inherited;
            }
        }
        return null;
    }

    /// <summary>By name and parameter count: overloads of one name are rare in application services.</summary>
    private static string? OfDeclared(MethodInfo method)
    {
        var prefix = "M:" + Name(method.DeclaringType!) + "." + method.Name;
        var count = method.GetParameters().Length;
        var members = Members(method.DeclaringType!.Assembly);
        var match = members.Keys.Where(k => k == prefix || k.StartsWith(prefix + "(", StringComparison.Ordinal))
            .Where(k => ParameterCount(k) == count).ToList();
        return match.Count == 1 ? members[match[0]] : null;
    }

    private static string? Find(Assembly assembly, string member) => Members(assembly).GetValueOrDefault(member);

    private static IReadOnlyDictionary<string, string> Members(Assembly assembly) => Files.GetOrAdd(assembly, a =>
    {
        var path = Path.ChangeExtension(a.Location, ".xml");
        if (a.Location.Length == 0 || !File.Exists(path))
        {
            return new Dictionary<string, string>();
        }
        return XDocument.Load(path).Descendants("member")
            .Where(m => m.Attribute("name") is not null && m.Element("summary") is not null)
            .GroupBy(m => m.Attribute("name")!.Value)
            .ToDictionary(g => g.Key, g => Text(g.First().Element("summary")!));
    });

    /// <summary>Plain text: <c>&lt;c&gt;x&lt;/c&gt;</c> → `x`, a cref → its last name, whitespace folded.</summary>
    private static string Text(XElement summary)
    {
        foreach (var reference in summary.Descendants().Where(e => e.Name == "see" || e.Name == "paramref" || e.Name == "typeparamref").ToList())
        {
            var name = (reference.Attribute("cref") ?? reference.Attribute("name") ?? reference.Attribute("langword"))?.Value ?? "";
            reference.ReplaceWith(name.Split(':', '.')[^1]);
        }
        foreach (var code in summary.Descendants("c").ToList())
        {
            code.ReplaceWith("`" + code.Value + "`");
        }
        return Whitespace().Replace(summary.Value, " ").Trim();
    }

    private static int ParameterCount(string member) =>
        member.IndexOf('(') is var open and >= 0 ? member[(open + 1)..^1].Split(',').Length - Nested(member[open..]) : 0;

    /// <summary>Commas inside generic arguments ({…}) do not separate parameters.</summary>
    private static int Nested(string parameters)
    {
        var depth = 0;
        var commas = 0;
        foreach (var c in parameters)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            commas += c == ',' && depth > 0 ? 1 : 0;
        }
        return commas;
    }

    private static string Name(Type type) => (type.IsGenericType ? type.GetGenericTypeDefinition() : type).FullName!.Replace('+', '.');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
