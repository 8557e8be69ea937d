using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Framework.Domain;

namespace Humanitarian.Beneficiaries.Domain.Addresses;

/// <summary>
/// A national ID number: the 12-digit citizen identity card (CCCD) or the older 9-digit identity card
/// (CMND). A CCCD spells out part of its holder: digits 1–3 the province of birth registration (001–096),
/// digit 4 sex and century (even male, odd female; 0–1 the 1900s, 2–3 the 2000s, 4–5 the 2100s, 8–9 the
/// 1800s), digits 5–6 the last two digits of the birth year; a number that contradicts the record's sex
/// or birth year is a typing error.
/// </summary>
public sealed record NationalId
{
    public string Digits { get; }

    private NationalId(string digits) => Digits = digits;

    public bool IsCitizenIdentityCard => Digits.Length == 12;

    /// <summary>Null for empty input; spaces, dots and dashes are ignored.</summary>
    /// <exception cref="BusinessException">Anything but 9 or 12 digits, or a CCCD with an impossible province code.</exception>
    public static NationalId? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var digits = new string(text.Where(c => c is not (' ' or '.' or '-')).ToArray());
        if (digits.Length is not (9 or 12) || !digits.All(char.IsAsciiDigit)
            || (digits.Length == 12 && int.Parse(digits[..3]) is < 1 or > 96))
        {
            throw new BusinessException(BeneficiariesErrorCodes.InvalidNationalId).WithMember("NationalId");
        }
        return new NationalId(digits);
    }

    /// <exception cref="BusinessException">A CCCD whose sex or birth year is not the record's.</exception>
    public void CheckAgrees(Sex? sex, int? birthYear)
    {
        if (!IsCitizenIdentityCard)
        {
            return;
        }
        var code = Digits[3] - '0';
        var holderSex = code % 2 == 0 ? Sex.Male : Sex.Female;
        var century = code switch { <= 1 => 1900, <= 3 => 2000, <= 5 => 2100, <= 7 => 2200, _ => 1800 };
        var holderBirthYear = century + int.Parse(Digits[4..6]);
        if ((sex is { } s && s != holderSex) || (birthYear is { } y && y != holderBirthYear))
        {
            throw new BusinessException(BeneficiariesErrorCodes.NationalIdMismatch)
                .WithData("sex", holderSex == Sex.Male ? "nam" : "nữ").WithData("birthYear", holderBirthYear)
                .WithMember("NationalId");
        }
    }
}
