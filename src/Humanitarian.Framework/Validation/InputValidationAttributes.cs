using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Humanitarian.Framework.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.Validation;

/// <summary>
/// Text from a request holds no control character (NUL, ESC, DEL, C1...) other than tab, CR and LF,
/// which multi-line text needs: such characters corrupt exports, logs and e-mail headers downstream.
/// </summary>
public sealed class NoControlCharactersAttribute : ValidationAttribute
{
    public static bool HasControlCharacter(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));

    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        value is string text && HasControlCharacter(text)
            ? new ValidationResult(Localizer(context)["ControlCharactersNotAllowed", context.DisplayName])
            : ValidationResult.Success;

    internal static IStringLocalizer Localizer(ValidationContext context) =>
        context.GetRequiredService<IStringLocalizer<AbpFrameworkResource>>();
}

/// <summary>
/// A collection from a request: at most <c>maxCount</c> items (null when the DTO sets its own limit),
/// no null item unless the items are declared nullable, string items without control characters.
/// The item at fault is named (<c>legalBasis[0]</c>), so services can iterate input without null checks.
/// </summary>
public sealed class CollectionItemsAttribute(int? maxCount, bool allowNullItems) : ValidationAttribute
{
    /// <summary>As many items as one page of a list may hold.</summary>
    public const int DefaultMaxCount = 1000;

    public int? MaxCount => maxCount;

    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (value is not IEnumerable items)
        {
            return ValidationResult.Success;
        }
        var l = NoControlCharactersAttribute.Localizer(context);
        var index = 0;
        foreach (var item in items)
        {
            if (index == MaxCount)
            {
                return new ValidationResult(l["TooManyItems", context.DisplayName, MaxCount.Value.ToString("N0", CultureInfo.CurrentCulture)]);
            }
            if (item is null && !allowNullItems)
            {
                return new ValidationResult(l["NullItemNotAllowed", context.DisplayName], [$"[{index}]"]);
            }
            if (item is string text && NoControlCharactersAttribute.HasControlCharacter(text))
            {
                return new ValidationResult(l["ControlCharactersNotAllowed", context.DisplayName], [$"[{index}]"]);
            }
            index++;
        }
        return ValidationResult.Success;
    }
}
