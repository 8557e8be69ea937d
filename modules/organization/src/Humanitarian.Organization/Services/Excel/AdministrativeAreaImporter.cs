using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Text;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Entities;
using Humanitarian.Organization.Excel;
using Humanitarian.Organization.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Organization.Services.Excel;

/// <summary>
/// Imports the statistics office's list of administrative areas (code, name, level, parent code). The
/// list is the reference: an area whose code exists is updated (name, level, parent) rather than
/// refused, and a parent is an area of the file or of the tenant. Every row is checked first.
/// </summary>
public sealed class AdministrativeAreaImporter(
    IRepository<AdministrativeArea, Guid> areas,
    IAbpEfCoreDbContext dbContext,
    ExcelImportGuard guard,
    IStringLocalizer<OrganizationResource> l) : ITransientDependency
{
    // "Mã", "Tên", "Cấp", "Mã cấp trên" as the office publishes them; code/name/level/parentCode too.
    internal static readonly ExcelColumn[] Columns =
    [
        new("code", "Excel:Area:Code", Required: true, "areaCode"),
        new("name", "Excel:Area:Name", Required: true, "areaName"),
        new("level", "Excel:Area:Level", Required: true),
        new("parentCode", "Excel:Area:ParentCode", false, "parent"),
    ];

    internal List<ExcelRow> Read(byte[] content) => ExcelSheetReader.Read(content, Columns, guard, l);

    internal async Task<ExcelImportResultDto> ImportAsync(
        IReadOnlyList<ExcelRow> sheet, ExcelImportMode mode, bool dryRun, CancellationToken cancellationToken)
    {
        var levels = new ExcelVocabulary(l).EnumWords<AdministrativeAreaLevel>("Excel:AreaLevel");
        var rows = sheet.Select(r => AreaRow.Parse(r, levels, l)).ToList();
        // The tenant's areas, tracked: those the file names are updated in place.
        var existing = await (await areas.GetQueryableAsync()).Where(a => a.NormalizedCode != null).ToListAsync(cancellationToken);
        var nodes = existing.ToDictionary(a => a.NormalizedCode!, a => new AreaNode(a.Id) { Entity = a }, StringComparer.Ordinal);
        var byId = nodes.Values.ToDictionary(n => n.Id);
        foreach (var node in nodes.Values)
        {
            node.Parent = node.Entity!.ParentId is { } parentId ? byId.GetValueOrDefault(parentId) : null;
        }

        var declared = Declare(rows, nodes);
        Resolve(declared, nodes);
        var order = CheckTree(declared, nodes);

        var write = !dryRun && (mode == ExcelImportMode.ValidRowsOnly || rows.All(r => r.IsValid));
        if (write)
        {
            foreach (var node in order.Where(n => n.Row!.IsValid))
            {
                await WriteAsync(node, cancellationToken);
            }
            await dbContext.SaveChangesAsync(cancellationToken);
        }
        return ImportRow.Report(rows, r => r.Code);
    }

    /// <summary>The first row of each code is the area's; a repeated code is an error.</summary>
    private List<AreaNode> Declare(List<AreaRow> rows, Dictionary<string, AreaNode> nodes)
    {
        var declared = new List<AreaNode>();
        var firstRow = new Dictionary<string, AreaRow>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.NormalizedCode.Length > 0))
        {
            if (firstRow.TryGetValue(row.NormalizedCode, out var first))
            {
                row.Errors.Add(l["ImportRowDuplicateCode", row.Code!, first.Number]);
                continue;
            }
            firstRow[row.NormalizedCode] = row;
            if (!nodes.TryGetValue(row.NormalizedCode, out var node))
            {
                node = nodes[row.NormalizedCode] = new AreaNode(Guid.NewGuid());
            }
            node.Row = row;
            declared.Add(node);
        }
        return declared;
    }

    /// <summary>Each declared area's parent as the file says: an area of the file first, else one of the tenant's.</summary>
    private void Resolve(List<AreaNode> declared, Dictionary<string, AreaNode> nodes)
    {
        foreach (var node in declared)
        {
            var row = node.Row!;
            node.Parent = null;
            // Its own parent was refused with the row.
            if (row.ParentCode is null || row.NormalizedParentCode == row.NormalizedCode)
            {
                continue;
            }
            if (nodes.TryGetValue(row.NormalizedParentCode, out var parent))
            {
                node.Parent = parent;
            }
            else
            {
                row.Errors.Add(l["ImportRowUnknownAreaParent", row.ParentCode]);
            }
        }
    }

    /// <summary>
    /// Refuses a cycle in the tree the tenant would have (the file's parents over the tenant's), and the
    /// areas below an invalid area of the file. The declared areas in writing order.
    /// </summary>
    private List<AreaNode> CheckTree(List<AreaNode> declared, Dictionary<string, AreaNode> nodes)
    {
        var onCycle = new HashSet<AreaNode>();
        foreach (var cycle in ImportGraph.FindCycles(nodes.Values, n => n.Parent).Where(c => c.Any(n => n.Row is not null)))
        {
            var chain = string.Join(" → ", cycle.Append(cycle[0]).Select(n => n.Row?.Code ?? n.Entity!.Code));
            foreach (var node in cycle.Where(n => n.Row is not null))
            {
                node.Row!.Errors.Add(l["ImportRowParentCycle", chain]);
            }
            onCycle.UnionWith(cycle);
        }
        // Only parents the file declares order the writing (and pass on their invalidity): below a
        // cycle (never ordered), or below an invalid row.
        var order = ImportGraph.ParentsFirst(declared, n => n.Parent is { Row: not null } parent ? parent : null);
        var ordered = order.ToHashSet();
        foreach (var node in declared.Where(n => !ordered.Contains(n) && !onCycle.Contains(n))
                     .Concat(order.Where(n => n.Parent is { Row.IsValid: false })))
        {
            node.Row!.Errors.Add(l["ImportRowInvalidParentRow", node.Parent!.Row!.Code!, node.Parent.Row.Number]);
        }
        foreach (var node in declared.Where(n => n.Entity is not null && n.Row!.IsValid))
        {
            node.Row!.Notes.Add(l["ImportRowAreaWillBeUpdated", node.Entity!.Code]);
        }
        return order;
    }

    private async Task WriteAsync(AreaNode node, CancellationToken cancellationToken)
    {
        var row = node.Row!;
        if (node.Entity is { } area)
        {
            // The list's spelling of the code wins too (the folded code, hence uniqueness, is the same).
            area.SetCode(row.Code!);
            area.SetName(row.Name!);
            area.Level = row.Level!.Value;
            area.ParentId = node.Parent?.Id;
            row.Notes.Clear();
            row.Written = ExcelImportRowStatus.Updated;
        }
        else
        {
            node.Entity = new AdministrativeArea(node.Id, row.Code!, row.Name!, row.Level!.Value, node.Parent?.Id);
            await areas.InsertAsync(node.Entity, cancellationToken: cancellationToken);
            row.Written = ExcelImportRowStatus.Imported;
        }
    }

    /// <summary>An area of the tenant, of the file, or both (an update).</summary>
    private sealed class AreaNode(Guid id)
    {
        /// <summary>The existing area's id, or the one the new area will have.</summary>
        public Guid Id { get; } = id;

        public AdministrativeArea? Entity { get; set; }
        public AreaRow? Row { get; set; }
        public AreaNode? Parent { get; set; }
    }

    private sealed class AreaRow(ExcelRow source, IStringLocalizer l) : ImportRow(source, l)
    {
        public string? Code { get; private set; }
        public string NormalizedCode { get; private set; } = "";
        public string? Name { get; private set; }
        public AdministrativeAreaLevel? Level { get; private set; }
        public string? ParentCode { get; private set; }
        public string NormalizedParentCode { get; private set; } = "";

        public static AreaRow Parse(ExcelRow source, Dictionary<string, AdministrativeAreaLevel> levels, IStringLocalizer l)
        {
            var row = new AreaRow(source, l);
            row.Code = row.Text("code", "Excel:Area:Code", AdministrativeAreaConsts.MaxCodeLength);
            row.NormalizedCode = SearchText.Normalize(row.Code);
            row.Name = row.Text("name", "Excel:Area:Name", AdministrativeAreaConsts.MaxNameLength);
            var levelText = source["level"];
            row.Level = levelText is not null && levels.TryGetValue(ExcelCells.Fold(levelText), out var level) ? level : null;
            row.ParentCode = row.Text("parentCode", "Excel:Area:ParentCode", AdministrativeAreaConsts.MaxCodeLength);
            row.NormalizedParentCode = SearchText.Normalize(row.ParentCode);
            row.Require(row.Code, "Excel:Area:Code");
            row.Require(row.Name, "Excel:Area:Name");
            row.Require(levelText, "Excel:Area:Level");
            if (levelText is not null && row.Level is null)
            {
                row.Errors.Add(row.L["ImportRowUnknownLevel", levelText]);
            }
            if (row.Code is not null && row.NormalizedParentCode == row.NormalizedCode)
            {
                row.Errors.Add(row.L["ImportRowParentCycle", $"{row.Code} → {row.Code}"]);
            }
            return row;
        }
    }
}
