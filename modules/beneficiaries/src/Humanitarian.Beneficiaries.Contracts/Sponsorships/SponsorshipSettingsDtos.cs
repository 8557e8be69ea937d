using System.ComponentModel.DataAnnotations;
using Humanitarian.Framework.Application;

namespace Humanitarian.Beneficiaries.Sponsorships;

/// <summary>The sponsorship floor in force for the caller (setting <c>Humanitarian.Beneficiaries.MinimumMonthlyValue</c>).</summary>
public sealed class SponsorshipSettingsDto
{
    /// <summary>The least monthly value a sponsorship may commit to, in VND.</summary>
    public long MinimumMonthlyValue { get; set; }

    /// <summary>The tenant has set nothing itself: the value is the national one.</summary>
    public bool IsInherited { get; set; }

    /// <summary>The national floor (null for the host, whose value it is); a tenant may raise it, never lower it.</summary>
    public long? NationalMinimumMonthlyValue { get; set; }
}

public sealed class UpdateSponsorshipSettingsDto
{
    [Required, Range(1, SponsorshipConsts.MaxValue)]
    public long? MinimumMonthlyValue { get; set; }
}

public interface ISponsorshipSettingsAppService : IApplicationService
{
    Task<SponsorshipSettingsDto> GetAsync();

    /// <summary>The host sets the national floor; a tenant its own, at least the national one (400 below it).</summary>
    Task<SponsorshipSettingsDto> UpdateAsync(UpdateSponsorshipSettingsDto input);

    /// <summary>A tenant goes back to the national floor.</summary>
    Task ResetAsync();
}
