using Humanitarian.Framework.Users;
using Humanitarian.Fundraising.Disbursements;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Fundraising.Pages.Fundraising.Disbursements;

/// <summary>
/// A disbursement as recorded (never edited): what for, to whom, from which restriction, on which decision,
/// and who recorded it when. A recipient or decision the caller may not read in its own module shows as its kind only.
/// </summary>
[Authorize(FundraisingPermissions.Disbursements.Default)]
public sealed class DetailsModel(IDisbursementAppService disbursementAppService, FundraisingLookups lookups, IExternalUserLookupServiceProvider users)
    : FundraisingPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public DisbursementDto Disbursement { get; private set; } = null!;

    /// <summary>The unit's or the humanitarian address's name.</summary>
    public string? RecipientName { get; private set; }

    public string? DecisionCaption { get; private set; }
    public string? RecordedBy { get; private set; }

    public async Task OnGetAsync()
    {
        Disbursement = await disbursementAppService.GetAsync(Id);
        RecipientName = Disbursement.RecipientKind switch
        {
            DisbursementRecipientKind.Unit => await lookups.UnitNameAsync(Disbursement.UnitId),
            DisbursementRecipientKind.HumanitarianAddress => await lookups.AddressNameAsync(Disbursement.HumanitarianAddressId),
            _ => null,
        };
        DecisionCaption = await lookups.DocumentCaptionAsync(Disbursement.DecisionDocumentId);
        RecordedBy = Disbursement.CreatorId is { } creatorId && await users.FindByIdAsync(creatorId) is { } user
            ? UserData.DisplayNameOf(user)
            : null;
    }
}
