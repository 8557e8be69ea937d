using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Validation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Humanitarian.Framework.ExceptionHandling;

/// <summary>
/// Turns a <see cref="BusinessException"/> into what the API and the pages show: its message in the
/// request's language and the fields at fault as JSON clients spell them.
/// </summary>
public sealed partial class BusinessExceptionLocalizer(
    IOptions<AbpExceptionLocalizationOptions> options, IStringLocalizerFactory localizers)
{
    public string GetMessage(BusinessException exception)
    {
        if (exception.HasMessage || exception.Code?.Split(':')[0] is not { } codeNamespace
            || !options.Value.ErrorCodeNamespaceMappings.TryGetValue(codeNamespace, out var resource))
        {
            return exception.Message;
        }
        var l = localizers.Create(resource);
        var text = l[exception.Code];
        if (text.ResourceNotFound)
        {
            return exception.Message;
        }
        return Placeholder().Replace(text.Value, match =>
            exception.Data.Contains(match.Groups[1].Value) ? Format(exception.Data[match.Groups[1].Value], l) : match.Value);
    }

    /// <summary>"LegalBasis[0].DocumentId" → "legalBasis[0].documentId".</summary>
    public static IReadOnlyList<string> GetMembers(BusinessException exception) =>
        exception.Members.Select(JsonMemberPath.Of).ToList();

    /// <summary>Enums read as their localized names (<c>CommitteePosition:Head</c>), dates as dd/MM/yyyy.</summary>
    private static string Format(object? value, IStringLocalizer l) => value switch
    {
        null => "",
        Enum e when l[$"{e.GetType().Name}:{e}"] is { ResourceNotFound: false } name => name.Value,
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        IEnumerable and not string => string.Join(", ", ((IEnumerable)value).Cast<object?>().Select(v => Format(v, l))),
        IFormattable f => f.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString() ?? "",
    };

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
