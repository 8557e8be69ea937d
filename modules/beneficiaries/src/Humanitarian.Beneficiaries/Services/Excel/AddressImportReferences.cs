using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Framework.Text;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Units;
using Microsoft.Extensions.Localization;
using static Humanitarian.Beneficiaries.Services.Excel.AddressSheet;

namespace Humanitarian.Beneficiaries.Services.Excel;

/// <summary>
/// The surveying unit by its code and the commune by its name, each looked up once per import however many
/// rows name it. Unlike a form, where a commune no area has is kept as typed, a list's commune must be
/// one of the tenant's areas when the tenant keeps a catalogue: a typo in a survey of thousands would
/// otherwise leave addresses that no commune's figures count.
/// </summary>
public sealed class AddressImportReferences(IUnitLookup units, IAdministrativeAreaLookup areas, IStringLocalizer<BeneficiariesResource> l)
    : ITransientDependency
{
    public async Task ResolveAsync(IReadOnlyList<ExcelImportRecord<HumanitarianAddressImportInput>> records)
    {
        var codes = records.Select(r => r.Input!.SurveyingUnitCode).OfType<string>().Distinct().ToList();
        var unitIds = codes.Count == 0 ? new Dictionary<string, Guid>() : await units.GetIdsByCodeAsync(codes);
        var hasCatalogue = records.Any(r => r.Input!.Commune is not null) && (await areas.GetTopLevelAsync()).Count > 0;
        var communes = new Dictionary<string, AdministrativeAreaSummary?>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var input = record.Input!;
            if (input.SurveyingUnitCode is { } code)
            {
                if (unitIds.TryGetValue(code, out var unitId))
                {
                    input.SurveyingUnitId = unitId;
                }
                else
                {
                    record.AddCellError(SurveyingUnitCode, l["ImportRowUnknownUnit", Header(SurveyingUnitCode), code]);
                }
            }
            if (hasCatalogue && input.Commune is { } name)
            {
                var key = SearchText.Normalize(name);
                if (!communes.TryGetValue(key, out var area))
                {
                    communes[key] = area = await areas.FindCommuneAsync(name);
                }
                if (area is null)
                {
                    record.AddCellError(Commune, l["ImportRowUnknownCommune", Header(Commune), name]);
                }
                else
                {
                    // The area's own spelling, as the API stores it: a former name would not match a duplicate's.
                    (input.CommuneId, input.Commune) = (area.Id, area.Name);
                }
            }
        }
    }

    private string Header(string field) => l[Columns.Single(c => c.Field == field).HeaderKey];
}
