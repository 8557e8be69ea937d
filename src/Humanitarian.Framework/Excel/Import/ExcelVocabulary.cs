using Humanitarian.Framework.Localization;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Framework.Excel.Import;

/// <summary>
/// The words a sheet may use, in every language of the app whatever the request's: a Vietnamese list is
/// read the same when the user works in English. The words themselves live in the localization files.
/// </summary>
public sealed class ExcelVocabulary(IStringLocalizer l)
{
    private static readonly string[] Cultures = ["vi", "en"];

    /// <summary>The text of <paramref name="key"/> in each culture (folded), skipping keys that have none.</summary>
    public IReadOnlyCollection<string> Folded(string key)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var culture in Cultures)
        {
            using var inCulture = CultureScope.UseTexts(culture);
            var text = l[key];
            if (!text.ResourceNotFound)
            {
                // A key may list several words separated by '|' (e.g. "Quận|Huyện").
                foreach (var word in text.Value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    texts.Add(ExcelCells.Fold(word));
                }
            }
        }
        texts.Remove("");
        return texts;
    }

    /// <summary>Maps the enum's member names and their localized names (key <c>{Enum}:{Member}</c>) to the members.</summary>
    public Dictionary<string, TEnum> EnumWords<TEnum>(params string[] extraKeyPrefixes) where TEnum : struct, Enum
    {
        var words = new Dictionary<string, TEnum>(StringComparer.Ordinal);
        foreach (var member in Enum.GetValues<TEnum>())
        {
            words.TryAdd(ExcelCells.Fold(member.ToString()), member);
            foreach (var prefix in extraKeyPrefixes.Prepend(typeof(TEnum).Name))
            {
                foreach (var word in Folded($"{prefix}:{member}"))
                {
                    words.TryAdd(word, member);
                }
            }
        }
        return words;
    }

    /// <summary>Yes/no cells: Excel's TRUE/FALSE, 1/0, x, and the words of each language.</summary>
    public YesNo YesNoWords() => new(
        new HashSet<string>(["true", "1", "x", "y", "yes", .. Folded("Excel:Yes")], StringComparer.Ordinal),
        new HashSet<string>(["false", "0", "n", "no", .. Folded("Excel:No")], StringComparer.Ordinal));

    public sealed record YesNo(IReadOnlySet<string> Yes, IReadOnlySet<string> No)
    {
        /// <returns>False when the text is neither; <paramref name="value"/> is null for an empty cell.</returns>
        public bool TryParse(string? text, out bool? value)
        {
            value = null;
            if (text is null)
            {
                return true;
            }
            var folded = ExcelCells.Fold(text);
            if (Yes.Contains(folded))
            {
                value = true;
            }
            else if (No.Contains(folded))
            {
                value = false;
            }
            return value.HasValue;
        }
    }
}
