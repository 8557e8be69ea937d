using System.Globalization;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Verifications;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Excel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Beneficiaries.Services.Verifications;

/// <summary>A round's sampled deliveries as a sheet, read through the round itself so that scope and names are the API's.</summary>
[Authorize(BeneficiariesPermissions.Verifications.Default)]
public sealed class DeliveryVerificationExcelAppService(
    IDeliveryVerificationAppService verifications,
    IStringLocalizer<BeneficiariesResource> l) : ApplicationService, IDeliveryVerificationExcelAppService
{
    [HttpGet("api/app/delivery-verification/{id}/export-excel")]
    public async Task<IRemoteStreamContent> ExportExcelAsync(Guid id)
    {
        var round = await verifications.GetAsync(id);
        var sheet = new ExcelExport(l["Excel:Sheet:Verification"])
            .Date(l["Field:DeliveryDate"]).Text(l["Field:HumanitarianAddressId"]).Text(l["Field:SponsorName"])
            .Amount(l["Field:DeliveredValue"]).Text(l["Field:Outcome"]).Amount(l["Field:AmountReceived"]).Text(l["Field:Note"]);
        foreach (var item in round.Items)
        {
            sheet.Add(item.DeliveryDate, item.HumanitarianAddressName, item.SponsorName, item.DeliveredValue,
                l["VerificationOutcome:" + item.Outcome].Value, item.AmountReceived, item.Note);
        }
        return sheet.ToFile(l["Excel:File:Verification", round.From.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture), round.To.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)]);
    }
}
