using System.ComponentModel.DataAnnotations;

namespace Humanitarian.Framework.Application;

/// <summary>Marks a class whose public methods become the module's HTTP API (ABP's auto API controllers).</summary>
public interface IApplicationService;

public abstract class EntityDto<TKey>
{
    public TKey Id { get; set; } = default!;
}

public abstract class CreationAuditedEntityDto<TKey> : EntityDto<TKey>
{
    public DateTime CreationTime { get; set; }
    public Guid? CreatorId { get; set; }
}

public abstract class AuditedEntityDto<TKey> : CreationAuditedEntityDto<TKey>
{
    public DateTime? LastModificationTime { get; set; }
    public Guid? LastModifierId { get; set; }
}

public sealed class ListResultDto<T>
{
    public IReadOnlyList<T> Items { get; set; } = [];

    public ListResultDto() { }
    public ListResultDto(IReadOnlyList<T> items) => Items = items;
}

public sealed class PagedResultDto<T>
{
    public long TotalCount { get; set; }
    public IReadOnlyList<T> Items { get; set; } = [];

    public PagedResultDto() { }

    public PagedResultDto(long totalCount, IReadOnlyList<T> items)
    {
        TotalCount = totalCount;
        Items = items;
    }
}

public class LimitedResultRequestDto
{
    public const int DefaultMaxResultCount = 10;
    public const int MaxMaxResultCount = 1000;

    [Range(1, MaxMaxResultCount)]
    public int MaxResultCount { get; set; } = DefaultMaxResultCount;
}

public class PagedResultRequestDto : LimitedResultRequestDto
{
    [Range(0, int.MaxValue)]
    public int SkipCount { get; set; }
}

public class PagedAndSortedResultRequestDto : PagedResultRequestDto
{
    /// <summary>"name" or "name desc"; comma-separated for several keys.</summary>
    [StringLength(256)]
    public string? Sorting { get; set; }
}

/// <summary>The usual list input: paging, sorting and a free-text filter.</summary>
public class PagedAndSortedFilterRequestDto : PagedAndSortedResultRequestDto
{
    [StringLength(256)]
    public string? Filter { get; set; }
}
