import { Route, Routes, useParams } from 'react-router';
import { PeopleList } from './PeopleList';
import { PersonDetail } from './PersonDetail';
import { PersonEditPage } from './PersonEditPage';
import './people.css';

function DetailRoute() {
  const { id = '' } = useParams();
  return <PersonDetail key={id} id={id} />;
}

function EditRoute() {
  const { id = '' } = useParams();
  return <PersonEditPage key={id} id={id} />;
}

/** People: the list, one person, adding and editing a person. */
export function PeopleRoutes() {
  return (
    <Routes>
      <Route index element={<PeopleList />} />
      <Route path="new" element={<PersonEditPage />} />
      <Route path=":id" element={<DetailRoute />} />
      <Route path=":id/edit" element={<EditRoute />} />
    </Routes>
  );
}
