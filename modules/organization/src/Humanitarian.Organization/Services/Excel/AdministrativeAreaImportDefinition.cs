using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Framework.Text;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Organization.Services.Excel;

/// <summary>
/// The statistics office's list of administrative areas (code, name, level, parent code). The list is
/// the reference: an area whose code exists is updated (name, level, parent) rather than refused, and a
/// parent is an area of the file or of the tenant. Each row goes through the area API's own rules.
/// </summary>
public sealed class AdministrativeAreaImportDefinition(
    IAdministrativeAreaAppService areaAppService,
    IRepository<AdministrativeArea, Guid> areas,
    IStringLocalizer<OrganizationResource> l) : ExcelImportDefinition<AdministrativeAreaImportInput>, ITransientDependency
{
    private Dictionary<string, AdministrativeAreaLevel>? _levels;

    // "Mã", "Tên", "Cấp", "Mã cấp trên" as the office publishes them; code/name/level/parentCode too.
    public override IReadOnlyList<ExcelColumn> Columns { get; } =
    [
        new("code", "Excel:Area:Code", Required: true, "areaCode"),
        new("name", "Excel:Area:Name", Required: true, "areaName"),
        new("level", "Excel:Area:Level", Required: true),
        new("parentCode", "Excel:Area:ParentCode", false, "parent"),
    ];

    public override string Name => "Organization.AdministrativeAreas";

    public override IStringLocalizer L => l;

    public override void Map(ExcelImportRecord<AdministrativeAreaImportInput> record)
    {
        var row = record.Row;
        _levels ??= new ExcelVocabulary(l).EnumWords<AdministrativeAreaLevel>("Excel:AreaLevel");
        AdministrativeAreaLevel? level = null;
        if (row["level"] is { } levelText)
        {
            if (_levels.TryGetValue(ExcelCells.Fold(levelText), out var known))
            {
                level = known;
            }
            else
            {
                record.AddCellError("level", l["ImportRowUnknownLevel", levelText].Value);
            }
        }
        record.Input = new AdministrativeAreaImportInput
        {
            Code = row["code"] ?? "", Name = row["name"] ?? "", Level = level, ParentCode = row["parentCode"],
        };
        record.Code = row["code"];
        record.Key = row["code"] is { } code ? SearchText.Normalize(code) : null;
        record.ParentKey = row["parentCode"] is { } parentCode ? SearchText.Normalize(parentCode) : null;
    }

    public override string ColumnOf(AdministrativeAreaImportInput input, string member) =>
        member == "parentId" ? "parentCode" : base.ColumnOf(input, member);

    public override async Task PrepareAsync(
        IReadOnlyList<ExcelImportRecord<AdministrativeAreaImportInput>> records, CancellationToken cancellationToken)
    {
        var existing = await (await areas.GetQueryableAsync()).AsNoTracking().Where(a => a.NormalizedCode != null)
            .ToDictionaryAsync(a => a.NormalizedCode!, a => a.Code, cancellationToken);
        foreach (var record in records.Where(r => r.IsValid && r.Key is not null && existing.ContainsKey(r.Key)))
        {
            record.Notes.Add(l["ImportRowAreaWillBeUpdated", existing[record.Key!]]);
        }
    }

    public override async Task<ExcelImportRowStatus> WriteAsync(AdministrativeAreaImportInput input, CancellationToken cancellationToken)
    {
        input.ParentId = input.ParentCode is { } parentCode
            ? await FindIdAsync(parentCode, cancellationToken)
              ?? throw new BusinessException(message: l["ImportRowUnknownAreaParent", parentCode])
            : null;
        if (await FindIdAsync(input.Code, cancellationToken) is { } id)
        {
            // The list's spelling of the code wins too (the folded code, hence uniqueness, is the same).
            await areaAppService.UpdateAsync(id, new UpdateAdministrativeAreaDto
            {
                Code = input.Code, Name = input.Name, Level = input.Level, ParentId = input.ParentId,
            });
            return ExcelImportRowStatus.Updated;
        }
        await areaAppService.CreateAsync(input);
        return ExcelImportRowStatus.Imported;
    }

    private async Task<Guid?> FindIdAsync(string code, CancellationToken cancellationToken)
    {
        var normalized = SearchText.Normalize(code);
        return await (await areas.GetQueryableAsync()).AsNoTracking().Where(a => a.NormalizedCode == normalized)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
