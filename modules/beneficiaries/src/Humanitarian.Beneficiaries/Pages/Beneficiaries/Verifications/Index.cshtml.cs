using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Verifications;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Beneficiaries.Pages.Beneficiaries.Verifications;

/// <summary>The verification rounds the user may see, newest period first, with how far each is.</summary>
[Authorize(BeneficiariesPermissions.Verifications.Default)]
public sealed class IndexModel(IDeliveryVerificationAppService verificationAppService) : BeneficiariesPageModel
{
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    public PagedResultDto<DeliveryVerificationDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public bool CanCreate { get; private set; }

    public async Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip= falls back to the default, it is no form error
        Query.Normalize();
        Result = await verificationAppService.GetListAsync(new DeliveryVerificationListInput { SkipCount = Query.Skip, MaxResultCount = Query.Max });
        Pager = Query.Pager(Result.TotalCount);
        CanCreate = await IsGrantedAsync(BeneficiariesPermissions.Verifications.Create);
    }

    public string Title(DeliveryVerificationDto round) => round.Name ?? L["Verifications:Unnamed", Date(round.From), Date(round.To)];

    public string Sample(DeliveryVerificationDto round) => round.SamplePercent is { } percent
        ? L["Verifications:SamplePercentOf", percent, round.PopulationCount]
        : L["Verifications:SampleSizeOf", round.SampledCount, round.PopulationCount];
}
