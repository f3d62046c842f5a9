import { Pagination } from '@/components/ui/pagination';
import type { Report, ReportColumn } from '@/features/reports/api/get-report';
import { formatDate, formatDateTime } from '@/lib/format-date';
import { emptyTableText } from './report-text';
import styles from './reports.module.css';

function cell(column: ReportColumn, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  switch (column.type) {
    case 'date':
      return formatDate(String(value));
    case 'datetime':
      return formatDateTime(String(value));
    case 'percent':
      return `${Number(value).toLocaleString('en-GB', { maximumFractionDigits: 1 })} %`;
    case 'number':
      return Number(value).toLocaleString('en-GB', { maximumFractionDigits: 2 });
    default:
      return String(value);
  }
}

/** The report's table (or item list): the page of rows the API returned, and a pager. */
export function ReportTable({
  report,
  onPageChange,
}: {
  report: Report;
  onPageChange: (page: number) => void;
}) {
  const caption = report.lists.find((l) => l.key === report.list)?.title ?? report.title;
  if (report.total === 0) return <p className={styles.empty}>{emptyTableText(report)}</p>;
  return (
    <>
      <div className={styles.tableWrap}>
        <table className="table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {report.columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  className={column.type === 'text' ? '' : styles.num}
                >
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row, index) => (
              <tr key={index}>
                {report.columns.map((column) => (
                  <td
                    key={column.key}
                    data-label={column.label}
                    className={column.type === 'text' ? '' : styles.num}
                  >
                    {cell(column, row[column.key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={report.page}
        size={report.size}
        total={report.total}
        onPageChange={onPageChange}
        label="Report pages"
      />
    </>
  );
}
