using System.Text.RegularExpressions;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Fundraising.Donors;

namespace Humanitarian.Fundraising.Entities;

/// <summary>
/// A person, business, organisation or agency that gives. Its name is published only with its recorded
/// consent (Decree 13/2023/NĐ-CP) and never when it gives anonymously.
/// </summary>
public sealed partial class Donor : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public string Name { get; private set; } = "";
    public string NormalizedName { get; private set; } = "";
    public DonorKind Kind { get; private set; }
    public bool IsForeign { get; private set; }
    public string? TaxCode { get; private set; }
    public string? Phone { get; private set; }

    /// <summary>The phone's digits, +84 written as 0: how the duplicate rule compares phones typed differently.</summary>
    public string? NormalizedPhone { get; private set; }

    public string? Email { get; private set; }
    public string? Address { get; private set; }
    public bool IsAnonymous { get; private set; }
    public bool PublishName { get; private set; }
    public DateTime? PublishNameRecordedTime { get; private set; }
    public string? PublishNameRecordedBy { get; private set; }

    /// <summary>Set on a donor merged into another: where its donations and pledges went.</summary>
    public Guid? MergedIntoId { get; private set; }

    /// <summary>The name as the public statement shows it: only with consent and not anonymous.</summary>
    public bool MayBeNamed => PublishName && !IsAnonymous;

    private Donor() { }

    public Donor(Guid id, string name, DonorKind kind) : base(id) => Rename(name, kind);

    public void Rename(string name, DonorKind kind)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("Name is required.", nameof(name)) : name.Trim();
        NormalizedName = SearchText.Normalize(Name);
        Kind = kind;
    }

    /// <param name="taxCode">10 digits, or 10 digits, a dash and 3 for a branch; another country's as given for a foreign donor.</param>
    public void SetContacts(bool isForeign, string? taxCode, string? phone, string? email, string? address)
    {
        taxCode = Trimmed(taxCode);
        if (taxCode is not null && !isForeign && !VietnameseTaxCode().IsMatch(taxCode))
        {
            throw new BusinessException(FundraisingErrorCodes.InvalidTaxCode).WithMember(nameof(TaxCode));
        }
        (IsForeign, TaxCode, Phone, Email, Address) = (isForeign, taxCode, Trimmed(phone), Trimmed(email)?.ToLowerInvariant(), Trimmed(address));
        NormalizedPhone = NormalizePhone(Phone);
    }

    public static string? NormalizePhone(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : digits.StartsWith("84", StringComparison.Ordinal) && digits.Length >= 11 ? "0" + digits[2..] : digits;
    }

    /// <summary>
    /// Takes in a record of the same donor found twice: contacts this one lacks are filled from the other;
    /// the later recorded answer on publishing the name wins, and anonymity asked on either stays. Two
    /// different tax codes are two taxpayers, and are refused.
    /// </summary>
    public void Absorb(Donor duplicate)
    {
        if (duplicate.Id == Id)
        {
            throw new BusinessException(FundraisingErrorCodes.MergeSameDonor).WithMember("DuplicateId");
        }
        if (TaxCode is not null && duplicate.TaxCode is not null && TaxCode != duplicate.TaxCode)
        {
            throw new BusinessException(FundraisingErrorCodes.MergeTaxCodesDiffer).WithMember("DuplicateId");
        }
        TaxCode ??= duplicate.TaxCode;
        (Phone, NormalizedPhone) = Phone is null ? (duplicate.Phone, duplicate.NormalizedPhone) : (Phone, NormalizedPhone);
        Email ??= duplicate.Email;
        Address ??= duplicate.Address;
        IsForeign |= duplicate.IsForeign;
        IsAnonymous |= duplicate.IsAnonymous;
        if ((duplicate.PublishNameRecordedTime ?? DateTime.MinValue) > (PublishNameRecordedTime ?? DateTime.MinValue))
        {
            (PublishName, PublishNameRecordedTime, PublishNameRecordedBy) = (duplicate.PublishName, duplicate.PublishNameRecordedTime, duplicate.PublishNameRecordedBy);
        }
        duplicate.MergedIntoId = Id;
    }

    /// <summary>Records the consent, or its withdrawal, with when and by whom; an unchanged answer keeps its record.</summary>
    public void SetPublication(bool isAnonymous, bool publishName, DateTime now, string recordedBy)
    {
        IsAnonymous = isAnonymous;
        if (publishName != PublishName || PublishNameRecordedTime is null)
        {
            (PublishName, PublishNameRecordedTime, PublishNameRecordedBy) = (publishName, now, recordedBy);
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\d{10}(-\d{3})?$")]
    private static partial Regex VietnameseTaxCode();
}
